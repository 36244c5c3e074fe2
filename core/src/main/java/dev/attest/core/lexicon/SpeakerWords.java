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
            "colonel", "firm", "network", "newspaper", "outlet", "white house", "kremlin", "pentagon", "opposition");

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
            "owners", "managers", "executives", "republican", "democrat", "polling", "surveys", "tests");

    private static final Set<String> DETERMINERS = WordSet.of(
            "the", "a", "an", "some", "many", "several", "most", "other", "few", "one", "two", "three", "both",
            "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "another",
            "various", "numerous", "all", "more", "no");

    /** Titles written before a name; dropped from the canonical name. */
    private static final Set<String> NAME_TITLES = WordSet.of(
            "president", "vice", "premier", "prime", "minister", "mayor", "senator", "sen.", "sen", "rep.", "rep",
            "representative", "gov.", "gov", "governor", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr",
            "prof.", "prof", "professor", "chief", "judge", "justice", "sheriff", "councillor", "coun.",
            "secretary", "press", "pope", "king", "queen", "prince", "princess", "gen.", "general", "lt.", "col.",
            "capt.", "captain", "sgt.", "sergeant", "officer", "detective", "det.", "const.", "constable", "insp.",
            "inspector", "supt.", "superintendent", "attorney", "sir", "dame", "lord", "lady", "rev.", "reverend",
            "father", "chancellor", "ambassador", "commissioner", "chairman", "chairwoman", "chair", "director",
            "ceo", "coach", "speaker", "leader", "candidate", "nominee", "spokesperson", "spokesman",
            "spokeswoman", "mp", "mpp", "mla", "mna", "hon.", "honourable", "honorable", "former", "then",
            "acting", "interim", "deputy", "lieutenant", "retired", "ret.", "adm.", "admiral", "maj.", "major",
            "cpl.", "corporal", "pvt.", "private", "dean", "principal", "trustee", "alderman", "councilman",
            "councilwoman", "congressman", "congresswoman", "assemblyman", "assemblywoman", "dr", "sister", "brother",
            "rabbi", "imam", "bishop", "cardinal", "archbishop", "gen", "col", "lt", "capt", "sgt", "first", "lady",
            "u.s.", "state", "federal", "provincial", "liberal", "conservative", "ndp", "democratic", "republican",
            "green", "independent", "house", "senate", "majority", "minority", "whip", "defence", "defense",
            "finance", "health", "foreign", "affairs", "justice", "public", "safety", "immigration", "environment",
            "education", "labour", "labor", "trade", "transport", "transportation", "energy", "agriculture",
            "chief", "executive", "officer", "commander", "in", "of", "for", "and", "the");

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

    public boolean isNameTitle(String w) {
        return NAME_TITLES.contains(w.toLowerCase(Locale.ROOT));
    }

    /** The office a role phrase names, so that "the commander in chief" finds "President Donald Trump". */
    public String office(String rolePhrase) {
        String r = rolePhrase.toLowerCase(Locale.ROOT);
        return ROLE_SYNONYMS.getOrDefault(r, r);
    }
}
