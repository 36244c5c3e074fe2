package dev.attest.core.text;

import java.util.Set;

/** Abbreviations that end with a dot without ending a sentence. */
final class Abbreviations {
    private static final Set<String> TITLES = dev.attest.core.lexicon.WordSet.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Cpl",
            "Maj", "Adm", "Cmdr", "Const", "Insp", "Supt", "Det", "Coun", "Hon", "Rev", "Fr", "St", "Jr", "Sr",
            "Mt", "Ft", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Inc", "Corp", "Ltd", "Co",
            "No", "Vol", "vs", "etc", "approx", "Pres", "Atty", "Supt", "Ont", "Que", "Sask", "Man", "Alta");

    private Abbreviations() {}

    static boolean isTitleAbbreviation(String word) {
        return TITLES.contains(word);
    }
}
