package dev.attest.core.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Closed word classes that decide how a noun phrase can name a speaker. */
public final class SpeakerWords {
    private static final Set<String> PRONOUNS = WordSet.of("he", "she", "they", "i", "we", "it", "who");

    /** Singular nouns for people identified by their office; "the president" refers to someone named earlier. */
    private static final Set<String> ROLES = WordSet.of(
            "president", "vice president", "commander in chief", "press secretary", "secretary", "spokesperson",
            "spokesman", "spokeswoman", "prime minister", "premier", "minister", "mayor", "governor", "senator",
            "congressman", "congresswoman", "representative", "chancellor", "chief", "chair", "chairman",
            "chairwoman", "director", "ceo", "founder", "leader", "candidate", "nominee", "judge", "justice",
            "prosecutor", "attorney", "lawyer", "official", "officer", "sheriff", "commissioner", "councillor",
            "councilor", "speaker", "king", "queen", "pope", "ambassador", "general", "coach", "manager", "owner",
            "author", "researcher", "professor", "doctor", "physician", "scientist", "economist", "analyst",
            "expert", "activist", "organizer", "organiser", "campaign", "administration", "company", "government",
            "department", "ministry", "agency", "police", "army", "military", "union", "party", "board", "court",
            "city", "province", "state", "council", "committee", "group", "organization", "organisation",
            "association", "report", "study", "survey", "statement", "spokesperson", "woman", "man", "mother",
            "father", "victim", "witness", "resident", "student", "teacher", "nurse", "worker", "employee",
            "executive", "source", "aide", "adviser", "advisor", "staffer", "strategist", "pollster", "historian",
            "superintendent", "inspector", "detective", "constable", "sergeant", "captain", "lieutenant",
            "colonel", "firm", "network", "newspaper", "outlet", "white house", "kremlin", "pentagon", "opposition",
            "letter", "poll", "memo", "filing", "complaint", "lawsuit", "analysis", "document", "email", "release",
            "post", "website", "agency", "commission", "team", "club", "league", "school", "university",
            "hospital", "authority", "service", "office", "bank", "institute", "foundation", "coalition",
            "defenceman", "defenseman", "forward", "goalie", "rookie", "veteran", "player", "coordinator",
            "organizer", "owner", "partner", "girlfriend", "boyfriend", "wife", "husband", "son", "daughter",
            "brother", "sister", "friend", "neighbour", "neighbor", "citizen", "member", "agent", "publicist", "patient", "customer",
            "driver", "officer", "trooper", "spokesman", "chairperson", "county", "district", "town", "region",
            "airline", "regulator", "watchdog", "charity", "detachment", "rcmp", "premier", "findings", "data",
            "figures", "records", "documents");

    /** Plural or generic sources that the article leaves unnamed. */
    private static final Set<String> UNNAMED_PLURALS = WordSet.of(
            "critics", "opponents", "supporters", "reports", "officials", "experts", "analysts", "sources",
            "observers", "residents", "people", "witnesses", "advocates", "activists", "researchers", "scientists",
            "economists", "lawmakers", "legislators", "democrats", "republicans", "conservatives", "liberals",
            "investigators", "authorities", "police", "prosecutors", "lawyers", "doctors", "parents", "students",
            "teachers", "workers", "employees", "leaders", "members", "organizers", "organisers", "protesters",
            "protestors", "voters", "polls", "studies", "documents", "records", "data", "statistics", "figures",
            "estimates", "aides", "staffers", "allies", "insiders", "diplomats", "others", "many", "some",
            "few", "neighbours", "neighbors", "families", "victims", "survivors", "environmentalists", "scholars",
            "historians", "commentators", "pundits", "skeptics", "sceptics", "detractors", "defenders", "fans",
            "rivals", "unions", "groups", "companies", "businesses", "governments", "agencies", "nations",
            "countries", "states", "cities", "senators", "officers", "soldiers", "troops", "users", "customers",
            "owners", "managers", "executives", "republican", "democrat", "polling", "surveys", "tests", "staff",
            "staffers", "nominators", "organizers", "participants", "spectators", "fans", "coaches", "players");

    private static final Set<String> DETERMINERS = WordSet.of(
            "the", "a", "an", "some", "many", "several", "most", "other", "few", "one", "two", "three", "both",
            "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "another",
            "various", "numerous", "all", "more", "no");

    /**
     * Titles and descriptors written before a name ("press secretary Sarah Sanders", "TransLink CEO
     * Kevin Desmond"); the canonical name is what follows the last of them.
     */
    private static final Set<String> NAME_TITLES = WordSet.of(
            "president", "vice", "premier", "prime", "minister", "mayor", "senator", "sen.", "sen", "rep.", "rep",
            "representative", "gov.", "gov", "governor", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr",
            "prof.", "prof", "professor", "chief", "judge", "justice", "sheriff", "councillor", "coun.", "cllr",
            "secretary", "press", "pope", "king", "queen", "prince", "princess", "gen.", "general", "lt.", "col.",
            "capt.", "captain", "sgt.", "sergeant", "officer", "detective", "det.", "const.", "constable", "insp.",
            "inspector", "supt.", "superintendent", "attorney", "sir", "dame", "lord", "lady", "rev.", "reverend",
            "father", "chancellor", "ambassador", "commissioner", "chairman", "chairwoman", "chair", "director",
            "ceo", "cfo", "coo", "coach", "speaker", "leader", "candidate", "nominee", "spokesperson", "spokesman",
            "spokeswoman", "mp", "mpp", "mla", "mna", "hon.", "honourable", "honorable", "former", "then",
            "acting", "interim", "deputy", "lieutenant", "retired", "ret.", "adm.", "admiral", "maj.", "major",
            "cpl.", "corporal", "pvt.", "dean", "principal", "trustee", "alderman", "councilman",
            "councilwoman", "congressman", "congresswoman", "assemblyman", "assemblywoman", "sister", "brother",
            "rabbi", "imam", "bishop", "cardinal", "archbishop", "gen", "col", "lt", "capt", "sgt", "first",
            "executive", "commander", "organizer", "organiser", "coordinator", "co-ordinator", "founder",
            "co-founder", "owner", "manager", "analyst", "economist", "researcher", "scientist", "lawyer",
            "prosecuting", "prosecutor", "counsel", "agent", "author", "lead", "editor", "reporter", "correspondent",
            "columnist", "writer", "student", "resident", "veteran", "rookie", "defenceman", "defenseman",
            "forward", "goalie", "goaltender", "winger", "centre", "quarterback", "pitcher", "star", "singer",
            "actor", "actress", "host", "anchor", "worker", "volunteer", "media", "head", "assistant", "associate",
            "senior", "junior", "chairperson", "vice-president", "vice-chair", "mp.", "spokesmen", "advocate",
            "activist", "expert", "specialist", "physician", "doctor", "nurse", "teacher", "officials", "official",
            "rival", "challenger", "incumbent", "opposition", "critic", "candidate", "skipper", "manager",
            "general", "operations", "communications", "policy", "political", "campaign", "party", "union",
            "chief", "aide", "adviser", "advisor", "strategist", "pollster",
            "historian", "professor", "instructor", "lecturer", "fellow", "partner", "member", "members", "mother",
            "father", "son", "daughter", "wife", "husband", "sister", "brother", "friend", "neighbour", "neighbor",
            "uncle", "aunt", "cousin", "grandmother", "grandfather", "sgt", "staff", "deputy");

    /** Capitalised words that begin sentences or clauses without being part of a name. */
    private static final Set<String> NOT_NAME_WORDS = WordSet.of(
            "the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "yesterday", "today",
            "tonight", "tomorrow", "earlier", "later", "now", "still", "also", "then", "last", "this", "that",
            "these", "those", "when", "after", "before", "while", "although", "though", "because", "since",
            "if", "as", "in", "on", "at", "for", "with", "by", "from", "to", "of", "despite", "instead",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "july", "september", "october", "november", "december",
            "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
            "there", "here", "what", "which", "where", "why", "how", "it", "its", "his", "her", "their", "our",
            "my", "your", "we", "i", "you", "he", "she", "they", "both", "each", "every", "all", "no", "not",
            "indeed", "finally", "first", "second", "again", "once", "perhaps", "maybe", "asked", "speaking",
            "according", "like", "unlike", "among", "during", "until", "about", "over", "under", "just", "only",
            "even", "recently", "previously", "currently", "separately", "overall", "together", "ultimately",
            "thus", "hence", "moreover", "furthermore", "additionally", "nevertheless", "nonetheless",
            "said", "says", "told", "some", "many", "several", "most", "other", "another", "one", "two", "three",
            "watch", "read", "more", "photo", "video", "update", "updated", "breaking", "exclusive", "opinion",
            "analysis", "editorial", "whether", "who", "whom", "whose", "either", "neither", "nor", "yes",
            "instead", "unless", "once", "upon", "within", "without", "against", "across", "behind", "beyond",
            "inside", "outside", "near", "through", "throughout", "toward", "towards", "via", "per");

    /** Role nouns for organisations: "the agency", "the department" refer to an organisation named earlier. */
    private static final Set<String> ORGANISATION_ROLES = WordSet.of(
            "company", "government", "department", "ministry", "agency", "police", "army", "military", "union",
            "party", "board", "court", "city", "province", "state", "council", "committee", "group",
            "organization", "organisation", "association", "firm", "network", "newspaper", "outlet", "campaign",
            "administration", "commission", "team", "club", "league", "school", "university", "hospital",
            "authority", "service", "office", "bank", "institute", "foundation", "coalition", "force", "county",
            "district", "town", "village", "municipality", "region", "security firm", "airline", "retailer",
            "developer", "manufacturer", "utility", "regulator", "watchdog", "charity", "band", "nation",
            "country", "embassy", "consulate", "detachment", "rcmp");

    /** Role words that mean the same office. */
    private static final Map<String, String> ROLE_SYNONYMS = Map.of(
            "commander in chief", "president",
            "spokesman", "spokesperson",
            "spokeswoman", "spokesperson",
            "prime minister", "prime minister",
            "chairman", "chair",
            "chairwoman", "chair");

    public boolean isPronoun(String w) {
        return PRONOUNS.contains(w.toLowerCase(Locale.ROOT));
    }

    public boolean isRole(String phrase) {
        return ROLES.contains(phrase.toLowerCase(Locale.ROOT));
    }

    public boolean isUnnamedPlural(String w) {
        return UNNAMED_PLURALS.contains(w.toLowerCase(Locale.ROOT));
    }

    public boolean isDeterminer(String w) {
        return DETERMINERS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Documents and findings: sources that speak for someone else and never resolve to a person. */
    private static final Set<String> DOCUMENT_SOURCES = WordSet.of(
            "report", "reports", "study", "studies", "survey", "surveys", "statement", "letter", "poll", "polls",
            "memo", "filing", "complaint", "lawsuit", "analysis", "document", "documents", "email", "emails",
            "release", "post", "findings", "data", "figures", "records", "website", "assessment", "review",
            "audit", "estimates", "ruling", "decision", "judgment", "indictment", "affidavit", "transcript",
            "tweet", "message", "notice", "order", "filings", "research", "paper", "account", "accounts");

    public boolean isDocumentSource(String w) {
        return DOCUMENT_SOURCES.contains(w.toLowerCase(Locale.ROOT));
    }

    public boolean isNotNameWord(String w) {
        return NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    public boolean isOrganisationRole(String w) {
        return ORGANISATION_ROLES.contains(w.toLowerCase(Locale.ROOT));
    }

    public boolean isNameTitle(String w) {
        return NAME_TITLES.contains(w.toLowerCase(Locale.ROOT));
    }

    /** The office a role phrase names, so that "the commander in chief" finds "President Donald Trump". */
    public String office(String rolePhrase) {
        String r = rolePhrase.toLowerCase(Locale.ROOT);
        return ROLE_SYNONYMS.getOrDefault(r, r);
    }
}
