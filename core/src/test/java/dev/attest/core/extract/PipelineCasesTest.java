package dev.attest.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Small hand-written news sentences: the statement found, its kind, cue and resolved speaker. */
class PipelineCasesTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<Arguments> cases() {
        return Stream.of(
                // name, text, content fragment, kind, cue, speaker, named
                Arguments.of("trailing cue with pronoun", "Jane Roe arrived late.\n\n“We are not done,” she said.",
                        "We are not done", "direct", "said", "Jane Roe", true),
                Arguments.of("inverted cue", "“Prices will fall,” said Omar Haddad, an economist at the bank.",
                        "Prices will fall", "direct", "said", "Omar Haddad", true),
                Arguments.of("leading cue with colon", "Mayor Tom Ilves said: “The road opens Monday.”",
                        "The road opens Monday", "direct", "said", "Tom Ilves", true),
                Arguments.of("indirect with that", "Governor Ana Lutz said that the budget would be balanced by June.",
                        "the budget would be balanced by June", "indirect", "said", "Ana Lutz", true),
                Arguments.of("indirect without that", "Ana Lutz told reporters the budget would be balanced.",
                        "the budget would be balanced", "indirect", "told", "Ana Lutz", true),
                Arguments.of("content before cue", "The budget will be balanced by June, Ana Lutz said Tuesday.",
                        "The budget will be balanced by June", "indirect", "said", "Ana Lutz", true),
                Arguments.of("according to at the end", "The plant will close in May, according to the Daily Ledger.",
                        "The plant will close in May", "indirect", "according to", "Daily Ledger", true),
                Arguments.of("according to at the start", "According to Rita Moss, the plant will close in May.",
                        "the plant will close in May", "indirect", "according to", "Rita Moss", true),
                Arguments.of("apposition between speaker and verb",
                        "Ian Park, a nurse at the clinic, said the ward had been short of staff for months.",
                        "the ward had been short of staff for months", "indirect", "said", "Ian Park", true),
                Arguments.of("surname resolves to full name",
                        "Senator Maria Lopez spoke first.\n\nLopez said the bill had enough votes to pass.",
                        "the bill had enough votes to pass", "indirect", "said", "Maria Lopez", true),
                Arguments.of("title resolves to the titled name",
                        "President Ada Novak signed the order.\n\nThe president said the order would take effect at once.",
                        "the order would take effect at once", "indirect", "said", "Ada Novak", true),
                Arguments.of("unnamed critics stay unnamed", "Some critics say the plan favours large landlords.",
                        "the plan favours large landlords", "indirect", "say", "some critics", false),
                Arguments.of("mixed quote inside reported speech",
                        "Rita Moss described the vote as “a betrayal of every tenant in this city.”",
                        "a betrayal of every tenant", "mixed", "described", "Rita Moss", true),
                Arguments.of("continued quote in the same paragraph",
                        "“It is over,” Ian Park said. “We lost the vote and we move on.”",
                        "We lost the vote and we move on", "direct", null, "Ian Park", true),
                Arguments.of("floating quote continues the previous paragraph's speaker",
                        "“It is over,” Ian Park said.\n\n“We lost the vote and now we move on to the next fight.”",
                        "now we move on to the next fight", "direct", null, "Ian Park", true),
                Arguments.of("tweet cue", "Rita Moss tweeted that the council had ignored the tenants.",
                        "the council had ignored the tenants", "indirect", "tweeted", "Rita Moss", true),
                Arguments.of("name inside an apposition after a role",
                        "His daughter, Mara Lind, says the family was never told about the transfer.",
                        "the family was never told about the transfer", "indirect", "says", "Mara Lind", true),
                Arguments.of("quote paragraph after a paragraph that opens with a name",
                        "Tomas Reyes, a union steward at the plant, explained to members how the vote would work.\n\n"
                                + "“Every shift gets a ballot and every ballot gets counted by two of us.”",
                        "Every shift gets a ballot", "direct", null, "Tomas Reyes", true),
                Arguments.of("inverted cue with a title and descriptor", "“We will appeal,” said Oilers head coach Ken Hitch.",
                        "We will appeal", "direct", "said", "Ken Hitch", true),
                Arguments.of("lower-case particles inside a name", "“The slope was unstable,” said Ben van der Pluijm, a geologist.",
                        "The slope was unstable", "direct", "said", "Ben van der Pluijm", true),
                Arguments.of("a senator's state is not part of the name",
                        "Sen. Richard Shelby of Alabama spoke first.\n\nShelby said the deal was close to done.",
                        "the deal was close to done", "indirect", "said", "Richard Shelby", true),
                Arguments.of("participle continues the subject",
                        "Ian Park told the council that rents had doubled, saying that families were leaving the city.",
                        "families were leaving the city", "indirect", "saying", "Ian Park", true),
                Arguments.of("pronoun skips a name set off as an apposition",
                        "Omar Haddad said the plant was built by his uncle's partner, Victor Blum, decades ago.\n\n"
                                + "“They gave this town its work,” he said.",
                        "They gave this town its work", "direct", "said", "Omar Haddad", true),
                Arguments.of("pronoun skips the person the sentence mentions as an object",
                        "Omar Haddad has slept outside for years.\n\n"
                                + "Asked what he would tell Mayor Victor Blum about it, he said: “Just listen to us.”",
                        "Just listen to us", "direct", "said", "Omar Haddad", true),
                Arguments.of("pronoun skips a photo credit",
                        "Omar Haddad closed the shop in March.\n\n(Victor Blum/Daily Ledger)\n\n"
                                + "“Nobody came after the bridge closed,” he said.",
                        "Nobody came after the bridge closed", "direct", "said", "Omar Haddad", true),
                Arguments.of("gender from the article's words when the given name is unknown",
                        "Wenda Okoro said she would keep the clinic open.\n\nArlo Tesk, father of two, disagreed.\n\n"
                                + "“We cannot pay for it,” she said.",
                        "We cannot pay for it", "direct", "said", "Wenda Okoro", true),
                Arguments.of("role followed by a name in apposition is that name",
                        "“Most printers want a thousand copies,” says Rita's partner, Omar Kessel.",
                        "Most printers want a thousand copies", "direct", "says", "Omar Kessel", true),
                Arguments.of("surname resolves into the first of two conjoined names",
                        "The hosts, Omar Kessel and Rita Moss, opened the show.\n\nMr. Kessel said the night ran long.",
                        "the night ran long", "indirect", "said", "Omar Kessel", true),
                Arguments.of("a family name with a particle resolves to the full name, not to itself",
                        "Mohammad El Sayed arrived in May.\n\nLater, El Sayed found work.\n\nEl Sayed said the town had welcomed them.",
                        "the town had welcomed them", "indirect", "said", "Mohammad El Sayed", true),
                Arguments.of("a document speaks for the author the article names with it",
                        "Tenants are leaving the city, according to a survey released Monday by the Harbour Housing Trust.\n\n"
                                + "Rents rose faster than wages, according to the survey.",
                        "Rents rose faster than wages", "indirect", "according to", "Harbour Housing Trust", true),
                Arguments.of("a document without a named author stays unnamed",
                        "Rents rose faster than wages, according to the survey.",
                        "Rents rose faster than wages", "indirect", "according to", "survey", false),
                Arguments.of("a person known by one name, described by an apposition",
                        "Governor Ian Park toured the coast on Sunday.\n\nSari, a resident of the harbour district, was at home when the wave came.\n\n"
                                + "“The water came in through the door,” she said.",
                        "The water came in through the door", "direct", "said", "Sari", true),
                Arguments.of("the mayor refers back to the person the story follows",
                        "Candidate Ian Park won the vote on Saturday.\n\nPark promised a new police force.\n\n"
                                + "The mayor said the force would be ready by spring.",
                        "the force would be ready by spring", "indirect", "said", "Ian Park", true),
                Arguments.of("two coordinated group nouns are one unnamed source",
                        "Several housing lawyers and advocates said the rule would not survive a court challenge.",
                        "the rule would not survive a court challenge", "indirect", "said", "several housing lawyers and advocates", false),
                Arguments.of("an indefinite description speaks for the person named right after it",
                        "A Halifax ferry captain says the new schedule leaves no time for repairs.\n\n"
                                + "Marta Kowal said she raised the problem with the port in June.",
                        "the new schedule leaves no time for repairs", "indirect", "says", "Marta Kowal", true),
                Arguments.of("an indefinite description stays unnamed when the next name is already in the story",
                        "Marta Kowal runs the ferry line.\n\nA Halifax ferry captain says the new schedule leaves no time for repairs.\n\n"
                                + "Kowal said the schedule was fixed by the province.",
                        "the new schedule leaves no time for repairs", "indirect", "says", "a halifax ferry captain", false),
                Arguments.of("a name completing an indefinite description is not the speaker",
                        "A spokeswoman for Mayor Ian Park said the road would reopen on Friday.",
                        "the road would reopen on Friday", "indirect", "said", "a spokeswoman for mayor ian park", false),
                Arguments.of("the described person is named right after the description",
                        "A spokeswoman for Ian Park said the road would reopen on Friday.\n\n"
                                + "“The crews are working nights,” said Lena Ortiz.",
                        "the road would reopen on Friday", "indirect", "said", "Lena Ortiz", true),
                Arguments.of("a 'whose' clause between speaker and cue is an apposition",
                        "“The ferry never came,” a citizen, whose name was withheld, wrote on Tuesday.",
                        "The ferry never came", "direct", "wrote", "a citizen", false),
                Arguments.of("an agent is a role that an apposed name fills",
                        "The singer's agent, Lena Ortiz, told reporters the tour would resume in May.",
                        "the tour would resume in May", "indirect", "told", "Lena Ortiz", true),
                Arguments.of("an institution named 'X Institute on Y' keeps the whole name",
                        "Overdoses rose by a third, according to the National Institute on Harbour Safety.",
                        "Overdoses rose by a third", "indirect", "according to", "National Institute on Harbour Safety", true),
                Arguments.of("an institution whose name lists words keeps the whole name",
                        "The harbour will close in May, according to the Fisheries, Oceans and Coastal Safety Board.",
                        "The harbour will close in May", "indirect", "according to", "Fisheries, Oceans and Coastal Safety Board", true),
                Arguments.of("an acronym never spelled out stands for the speaker with those initials",
                        "Fisheries, Oceans and Coastal Safety Board said the harbour would close in May.\n\n"
                                + "FOCSB said the ferry would keep running.",
                        "the ferry would keep running", "indirect", "said", "Fisheries, Oceans and Coastal Safety Board", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsStatementAndSpeaker(String name, String text, String fragment, String kind, String cue, String speaker, boolean named) {
        Ledger ledger = PIPELINE.analyze(Article.ofText("t", text));
        Statement s = ledger.statements().stream().filter(st -> st.contentText().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement containing '" + fragment + "' in " + ledger.statements()));
        assertThat(s.kind().label()).as("kind").isEqualTo(kind);
        if (cue != null) {
            assertThat(s.cueText()).as("cue").isEqualToIgnoringCase(cue);
        }
        assertThat(s.speaker()).as("speaker").isNotNull();
        assertThat(s.speaker().name()).as("speaker name").isEqualTo(speaker);
        assertThat(s.speaker().named()).as("named").isEqualTo(named);
        assertThat(s.provenance().rule()).isNotBlank();
        assertThat(s.speaker().attribution().rule()).isNotBlank();
    }

    /** Cases where the exact extent of the reported content matters, not only who said it. */
    static Stream<Arguments> contentExtents() {
        return Stream.of(
                Arguments.of("a writer's ', but there are no ...' clause is not part of the claim",
                        "The mayor's office claimed that inspectors walked every span of the bridge last month, "
                                + "but there are no published inspection records for the north cable.",
                        "that inspectors walked every span of the bridge last month"),
                Arguments.of("a writer's ', but no ...' clause is not part of the claim",
                        "Rita Moss said the audit had cleared every contract, but no auditor has signed the report.",
                        "the audit had cleared every contract"),
                Arguments.of("a contrast with the speaker's own subject stays in the claim",
                        "Rita Moss said the audit had cleared every contract, but the council still had questions.",
                        "the audit had cleared every contract, but the council still had questions"),
                Arguments.of("the channel between cue and content is not content",
                        "Rita Moss said by text message the ferry had left on time.",
                        "the ferry had left on time"),
                Arguments.of("an interview with a named outlet is not content",
                        "Rita Moss said in an interview with Harbour Radio the ferry had left on time.",
                        "the ferry had left on time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentExtents")
    void reportedContentHasExactExtent(String name, String text, String content) {
        Ledger ledger = PIPELINE.analyze(Article.ofText("t", text));
        assertThat(ledger.statements()).as("statements").isNotEmpty();
        assertThat(ledger.statements().getFirst().contentText()).isEqualTo(content);
    }

    @ParameterizedTest(name = "no statement: {0}")
    @MethodSource("negatives")
    void findsNoStatementIn(String text) {
        assertThat(PIPELINE.analyze(Article.ofText("t", text)).statements()).isEmpty();
    }

    static Stream<String> negatives() {
        return Stream.of(
                "The bridge was closed for repairs on Tuesday.",
                "He was told to leave the building.",
                "The report found no evidence of fraud.",
                "She is said to be the favourite.",
                "Scott OlsonGetty Images",
                "The so-called “sacred” border was quiet.");
    }
}
