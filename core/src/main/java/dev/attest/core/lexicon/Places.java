package dev.attest.core.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Countries, provinces and states that news names like people ("Nova Scotia said", "North Korea
 * warned"). A name made of these words is never a person, so "he" and "she" skip it.
 */
public final class Places {
    private static final Set<String> NAMES = WordSet.of(
            "canada", "ontario", "quebec", "nova scotia", "new brunswick", "manitoba", "saskatchewan", "alberta",
            "british columbia", "prince edward island", "newfoundland", "labrador", "yukon", "nunavut",
            "northwest territories", "toronto", "montreal", "vancouver", "ottawa", "calgary", "edmonton",
            "winnipeg", "halifax", "regina", "saskatoon", "victoria", "hamilton", "surrey", "mississauga",
            "antigonish", "moncton", "united states", "america", "washington", "new york", "california", "texas",
            "florida", "ohio", "michigan", "illinois", "pennsylvania", "georgia", "virginia", "north carolina",
            "arizona", "nevada", "colorado", "oregon", "massachusetts", "new jersey", "wisconsin", "minnesota",
            "iowa", "missouri", "tennessee", "kentucky", "alabama", "louisiana", "mississippi", "indiana",
            "south carolina", "utah", "kansas", "nebraska", "oklahoma", "arkansas", "idaho", "montana",
            "wyoming", "alaska", "hawaii", "maine", "vermont", "new hampshire", "connecticut", "rhode island",
            "delaware", "maryland", "west virginia", "new mexico", "north dakota", "south dakota", "chicago",
            "los angeles", "boston", "san jose", "san francisco", "seattle", "miami", "mexico", "guatemala",
            "china", "beijing", "japan", "tokyo", "north korea", "south korea", "korea", "russia", "moscow",
            "ukraine", "britain", "england", "scotland", "wales", "ireland", "london", "france", "paris",
            "germany", "berlin", "italy", "rome", "spain", "portugal", "india", "pakistan", "iran", "iraq",
            "syria", "israel", "egypt", "turkey", "saudi arabia", "australia", "new zealand", "brazil",
            "argentina", "venezuela", "cuba", "colombia", "chile", "peru", "nigeria", "kenya", "south africa",
            "afghanistan", "indonesia", "malaysia", "philippines", "vietnam", "thailand", "singapore",
            "taiwan", "hong kong", "european union", "europe", "asia", "africa", "brussels", "geneva", "jordan",
            "lebanon", "qatar", "poland", "sweden", "norway", "denmark", "finland", "netherlands", "belgium",
            "switzerland", "austria", "greece", "hungary", "cambridge", "oxford");

    private static final Set<String> COMPASS = WordSet.of(
            "north", "south", "east", "west", "western", "eastern", "northern", "southern", "central", "greater");

    public boolean isPlace(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(n)) {
            return true;
        }
        String[] ws = n.split("\\s+");
        if (ws.length > 3) {
            return false;
        }
        String last = ws[ws.length - 1];
        boolean placeOrDemonym = NAMES.contains(last) || isDemonym(last);
        // "North Korean", "Western Canadian", "Canadian"
        return placeOrDemonym && (ws.length == 1 || ws.length == 2 && COMPASS.contains(ws[0]));
    }

    /** "canadian" -> canada, "korean" -> korea. */
    private static boolean isDemonym(String w) {
        return w.endsWith("ian") && NAMES.contains(w.substring(0, w.length() - 3) + "a")
                || w.endsWith("an") && NAMES.contains(w.substring(0, w.length() - 2) + "a");
    }
}
