package dev.attest.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A published review as schema.org ClaimReview JSON-LD, and the safe way to put it inside a script element. */
final class ClaimReviewJsonLd {
    private final ObjectMapper mapper;

    ClaimReviewJsonLd(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(Review r, String pageUrl) {
        ObjectNode n = mapper.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "ClaimReview");
        n.put("url", pageUrl);
        n.put("claimReviewed", r.claim());
        n.put("datePublished", r.published() == null ? null : r.published().substring(0, 10));
        ObjectNode author = n.putObject("author");
        author.put("@type", "Person");
        author.put("name", r.author());
        ObjectNode item = n.putObject("itemReviewed");
        item.put("@type", "Claim");
        if (r.claimant() != null) {
            ObjectNode claimant = item.putObject("author");
            claimant.put("@type", "Person");
            claimant.put("name", r.claimant());
        }
        if (r.claimDate() != null) {
            item.put("datePublished", r.claimDate());
        }
        if (r.appearance() != null) {
            ObjectNode appearance = item.putObject("appearance");
            appearance.put("@type", "CreativeWork");
            appearance.put("url", r.appearance());
        }
        ObjectNode rating = n.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", r.rating().value());
        rating.put("bestRating", Rating.BEST);
        rating.put("worstRating", Rating.WORST);
        rating.put("alternateName", r.rating().label());
        return n;
    }

    /**
     * JSON text safe inside {@code <script type="application/ld+json">}: '<', '>' and '&' become JSON unicode escapes,
     * so neither {@code </script>} nor {@code <!--} can appear, and the JSON value is unchanged.
     */
    String forScriptElement(ObjectNode json) {
        try {
            return mapper.writeValueAsString(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
