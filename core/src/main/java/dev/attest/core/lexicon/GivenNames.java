package dev.attest.core.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Common given names with the gender they are usually given to. Used only as evidence: a run
 * that starts with a given name is a person, and "he"/"she" prefer a person of matching gender.
 * Unknown names are treated as gender-neutral, never as mismatches.
 */
public final class GivenNames {
    public enum Gender { MALE, FEMALE, UNKNOWN }

    private static final Set<String> MALE = WordSet.of(
            "aaron", "abdul", "adam", "adrian", "ahmed", "alan", "albert", "alex", "alexander", "ali", "allan",
            "allen", "andre", "andrew", "andy", "anthony", "antonio", "arthur", "austin", "barack", "ben",
            "benjamin", "bernie", "bill", "billy", "blake", "bob", "brad", "bradley", "brandon", "brett", "brian",
            "bruce", "bryan", "caleb", "calvin", "carl", "carlos", "chad", "charles", "charlie", "chris",
            "christian", "christopher", "chuck", "clark", "colin", "connor", "craig", "dale", "dan", "daniel",
            "danny", "darren", "dave", "david", "dean", "dennis", "derek", "dmitry", "don", "donald", "doug",
            "douglas", "drew", "dwayne", "dylan", "ed", "eddie", "edward", "eric", "erik", "ethan", "evan",
            "frank", "fred", "gabriel", "gary", "gavin", "george", "gerald", "glen", "glenn", "gordon", "graham",
            "greg", "gregory", "hamish", "harold", "harry", "hassan", "henry", "howard", "hugh", "ian", "isaac",
            "ivan", "jack", "jacob", "jake", "james", "jamie", "jared", "jason", "jay", "jean", "jeff", "jeffrey",
            "jeremy", "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan",
            "jordan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "justin", "keith", "ken", "kenneth",
            "kevin", "kim jong", "kody", "kyle", "larry", "lee", "leon", "liam", "logan", "louis", "luc", "lucas",
            "luis", "luke", "malcolm", "marc", "marco", "marcus", "mark", "martin", "marty", "matt", "matthew",
            "max", "michael", "mike", "mitch", "mitchell", "mohammad", "mohammed", "muhammad", "nathan", "neil",
            "nicholas", "nick", "noah", "oliver", "omar", "oscar", "owen", "patrick", "paul", "pete", "peter",
            "phil", "philip", "phillip", "pierre", "ragheb", "ralph", "randy", "ray", "raymond", "richard", "rick",
            "rob", "robert", "roger", "ron", "ronald", "rory", "roy", "russell", "ryan", "sam", "samuel", "scott",
            "sean", "seamus", "sergei", "seth", "shane", "shawn", "simon", "stephen", "steve", "steven", "stuart",
            "tareq", "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "tore", "travis",
            "trevor", "troy", "tyler", "victor", "vincent", "vladimir", "walter", "wayne", "will", "william",
            "xavier", "yusuf", "zach", "zachary", "jens", "emmanuel", "boris", "xi", "narendra", "recep",
            "andres", "mauricio", "jair", "nicolas", "rodrigo", "moon", "shinzo", "benjamin", "bashar", "hassan");

    private static final Set<String> FEMALE = WordSet.of(
            "abigail", "abir", "alexandra", "alexis", "alice", "alicia", "alison", "allison", "amanda", "amber",
            "amy", "ana", "andrea", "angela", "anita", "ann", "anna", "anne", "annie", "barbara", "beth",
            "betty", "beverly", "brenda", "brittany", "carla", "carmen", "carol", "caroline", "carolyn",
            "catherine", "cathy", "charlotte", "cheryl", "chloe", "chrystia", "christina", "christine", "cindy",
            "claire", "claudia", "courtney", "crystal", "cynthia", "dana", "danielle", "debbie", "deborah",
            "debra", "denise", "diana", "diane", "donna", "doris", "dorothy", "elaine", "elena", "elizabeth",
            "ella", "ellen", "emily", "emma", "erin", "eva", "evelyn", "fatima", "fiona", "fouzia", "frances",
            "gail", "gina", "grace", "hannah", "heather", "helen", "hillary", "holly", "irene", "isabel",
            "jacqueline", "jane", "janet", "janice", "jasmine", "jean", "jennifer", "jenny", "jessica", "jill",
            "joan", "jodi", "joanne", "jody", "joyce", "judith", "judy", "julia", "julie", "justine", "karen",
            "kate", "katherine", "kathleen", "kathryn", "kathy", "katie", "kelly", "kim", "kimberly", "kirsten",
            "laura", "lauren", "leah", "lehla", "lina", "linda", "lisa", "liz", "lori", "louise", "lucy",
            "lynn", "margaret", "maria", "marie", "marilyn", "marise", "marlene", "martha", "mary", "megan",
            "melanie", "melissa", "michelle", "monica", "morgan", "nadia", "nancy", "natalie", "nicole", "nina",
            "olivia", "pamela", "patricia", "paula", "peggy", "rachel", "rebecca", "rita", "rose", "ruth",
            "sabrina", "samantha", "sandra", "sara", "sarah", "sharon", "shirley", "sophie", "stephanie",
            "susan", "suzanne", "tammy", "tanya", "teresa", "theresa", "tiffany", "tina", "tracy", "valerie",
            "vanessa", "victoria", "virginia", "wendy", "yvonne", "zoe", "nancy", "theresa", "angela", "ursula",
            "jacinda", "kamala", "nikki", "elise", "priya", "rachel", "naomi", "amina", "aisha", "leila",
            "layla", "ruth", "eleanore", "eleanor", "cathy", "kathleen", "marisa", "ginny", "kelly", "jen");

    public Gender of(String givenName) {
        String g = givenName.toLowerCase(Locale.ROOT);
        boolean m = MALE.contains(g);
        boolean f = FEMALE.contains(g);
        if (m == f) {
            return Gender.UNKNOWN;
        }
        return m ? Gender.MALE : Gender.FEMALE;
    }

    public boolean isGivenName(String word) {
        String g = word.toLowerCase(Locale.ROOT);
        return MALE.contains(g) || FEMALE.contains(g);
    }
}
