package dev.attest.bench;

import java.util.List;

/**
 * Word lists and sentence templates for generated local-news articles, written for this project (all names and
 * places are invented). They cover the constructions the pipeline handles: quotes with trailing and leading cues,
 * reported speech, "according to", unnamed sources, channels (posts, statements, briefings, interviews), mixed
 * quotes, pronoun speakers and quotes that continue into the next paragraph.
 */
final class NewsTemplates {
    private NewsTemplates() {
    }

    record Person(String given, String family, String pronoun) {
        String full() {
            return given + " " + family;
        }
    }

    static final List<String> WOMEN = List.of("Elena", "Priya", "Aisha", "Grace", "Laura", "Fatima", "Hannah",
            "Nadia", "Carmen", "Claire", "Julia", "Leila", "Sarah", "Maria", "Rachel", "Naomi", "Helen", "Rose",
            "Monica", "Diana");
    static final List<String> MEN = List.of("Daniel", "Marcus", "Omar", "Samuel", "Kevin", "Victor", "Peter",
            "Henry", "Lucas", "Simon", "Arthur", "Noah", "Thomas", "Walter", "Oscar", "Ivan", "Martin", "Jorge",
            "Patrick", "Andre");
    static final List<String> FAMILY_NAMES = List.of("Vasquez", "Okafor", "Raman", "Lindqvist", "Haddad", "Brennan",
            "Moreau", "Castillo", "Nakamura", "Adeyemi", "Kowalski", "Fischer", "Delgado", "Mbeki", "Sorensen",
            "Petrov", "Alvarez", "Whitaker", "Chen", "Novak", "Romero", "Osei", "Laurent", "Hartmann", "Quinn",
            "Ferreira", "Takahashi", "Mensah", "Dubois", "Kaplan", "Ortega", "Eriksen", "Abbasi", "Montgomery",
            "Silva", "Varga", "Keller", "Rahman", "Costa", "Byrne");
    static final List<String> TITLES = List.of("Mayor", "Senator", "Governor", "council member", "Police Chief",
            "Health Minister", "Finance Minister", "Representative", "school board chair", "Commissioner");
    static final List<String> ORGANISATIONS = List.of("Port Authority", "Teachers' Union", "Water Board",
            "Chamber of Commerce", "Transit Workers Union", "Riverside Hospital", "Department of Transportation",
            "Election Commission", "Tenants Association", "Energy Cooperative");
    static final List<String> OUTLETS = List.of("Harbor Ledger", "Valley Courier", "Morning Register",
            "Coastal Times", "Evening Dispatch");
    static final List<String> PLACES = List.of("Eastport", "Millbrook", "Riverton", "Cedar Falls", "Lakeside",
            "Port Alder", "Greenhaven", "Stonebridge", "Westfield", "Maple Hollow");
    static final List<String> TOPICS = List.of("the transit levy", "the hospital merger", "the new school calendar",
            "the bridge repairs", "the water rate increase", "the housing plan", "the port expansion",
            "the election audit", "the wildfire budget", "the police contract", "the library closures",
            "the wind farm permit", "the bus fare freeze", "the stadium deal");
    static final List<String> HEADLINE_TOPICS = List.of("Transit Levy", "Hospital Merger", "School Calendar",
            "Bridge Repairs", "Water Rates", "Housing Plan", "Port Expansion", "Election Audit", "Wildfire Budget",
            "Police Contract", "Library Closures", "Wind Farm Permit", "Bus Fare Freeze", "Stadium Deal");
    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");
    static final List<String> MONTHS = List.of("January", "March", "April", "June", "September", "November");
    static final List<String> UNNAMED = List.of("Critics", "Some residents", "Officials", "Opponents",
            "Local business owners", "Several parents");
    static final List<String> VERBS = List.of("said", "told reporters", "argued", "added", "explained", "insisted");

    /** Reported-speech clauses; {t} topic, {p} place, {o} organisation, {n} {m} numbers, {month}. */
    static final List<String> CLAUSES = List.of(
            "{t} would cost taxpayers {n} million dollars over {m} years",
            "the city had no plan to delay {t}",
            "{t} was approved without a proper public hearing",
            "residents of {p} deserved a direct vote on {t}",
            "the {o} had never been consulted about {t}",
            "{t} would create {n} jobs by next spring",
            "the numbers behind {t} did not add up",
            "the council would revisit {t} in {month}",
            "inspectors had found no safety problems linked to {t}",
            "the state had promised {n} million dollars for {t}",
            "{t} would hit renters in {p} hardest",
            "nobody had asked the {o} for its figures",
            "the vote on {t} should wait until after the audit",
            "the final report on {t} would be published in {month}");

    /** Direct quotes, without final punctuation. */
    static final List<String> QUOTES = List.of(
            "We are not going to rush {t} just to meet a deadline",
            "Nobody in {p} should pay more for less service",
            "This is the most important vote this council will take all year",
            "I have read every page of the report, and the numbers are simply not there",
            "If {t} fails, families in {p} will pay the price for a decade",
            "We asked for the data in {month} and we are still waiting for it",
            "Our members will not accept {t} in its current form",
            "The public deserves to know who wrote this plan and why",
            "There is no evidence that {t} will save a single dollar",
            "We will keep fighting until every resident has a seat at the table",
            "I am proud of the work our staff did on {t}",
            "Frankly, the timeline was never realistic and everyone in this building knew it",
            "You cannot fix a {n} million dollar hole with a press release",
            "We listened to hundreds of families, and they are not of one mind",
            "The {o} has been clear from the start about what this will cost",
            "Every week we wait, the repairs get more expensive");

    /** Openings and endings combined with the quotes and clauses above, so most quotes in a corpus are unique. */
    static final List<String> QUOTE_OPENINGS = List.of("", "", "", "Let me be clear: ", "Honestly, ",
            "As I told the council in {month}, ", "Look, ", "For the record, ");
    static final List<String> QUOTE_ENDINGS = List.of("", "", "", " and I stand by that", ", and {p} knows it",
            ", not in {month} and not ever", " after {n} years of promises", ", whatever the {o} says");
    static final List<String> CLAUSE_ENDINGS = List.of("", "", "", " before the end of {month}",
            " unless the {o} changed course", " according to figures from {month}", " by at least {n} percent",
            " within {m} years");

    static final List<String> PHRASES = List.of("a reckless gamble", "long overdue", "a betrayal of trust",
            "a win for working families", "deeply flawed", "a good first step", "smoke and mirrors");

    static final List<String> FILLERS = List.of(
            "The council meets again on {day}.",
            "The measure would cost {n} million dollars over {m} years.",
            "{p} has about {k} residents, and its budget has been tight since the floods.",
            "A final vote is expected in {month}.",
            "The proposal was first presented at a packed meeting in the {o} hall.",
            "Turnout at the last local election was {n} percent.");

    static final List<String> HEADLINES = List.of("{f} Says {ht} Will Go Ahead", "Council Splits Over {ht}",
            "{title} {f} Defends {ht}", "Residents Push Back on {ht}", "{ht} Faces New Questions in {p}",
            "{o} Warns About {ht}");

    /**
     * Quotes shared across articles (wire copy, a line repeated by many outlets); the generator reuses them, some
     * with a small edit, so the quote-linking stage has exact and near-duplicate clusters to find.
     */
    static final List<String> SHARED_QUOTE_PARTS_A = List.of("We will not raise", "Nobody voted to cut",
            "We are going to protect", "This city cannot afford to lose", "We have a duty to fix",
            "No family should lose", "I will not sign off on", "We owe it to our children to keep");
    static final List<String> SHARED_QUOTE_PARTS_B = List.of("fares for the people who ride our buses every day",
            "the only hospital on the east side of the river", "a single classroom in this district",
            "the water supply that three towns depend on", "the bridge that half our workers cross",
            "the library branches our seniors rely on", "the jobs at the port that feed this region",
            "the budget for firefighters before the summer");
}
