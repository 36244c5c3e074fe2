package dev.attest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dana Whitfield               | dana whitfield
            '  Dana   Whitfield '        | dana whitfield
            Mr. Omar Ruiz                | omar ruiz
            Dr Omar Ruiz                 | omar ruiz
            Prime Minister Ada Lindqvist | ada lindqvist
            Former Prime Minister Ada Lindqvist | ada lindqvist
            Sen. Paula Grant             | paula grant
            Chief Justice Rita Moss      | rita moss
            Lt. Gen. Harold Finch        | harold finch
            Mayor Zoë Tremblay           | zoe tremblay
            Jean-Luc Aubry               | jean luc aubry
            Siobhan O'Neill              | siobhan oneill
            J.D. Carver                  | jd carver
            'Carver, J.'                 | carver j
            President                    | president
            Premier                      | premier
            City of Riverton             | city of riverton
            The Riverton Rowing Club     | riverton rowing club
            the Premier                  | premier
            """)
    void normalises(String name, String expected) {
        assertThat(NameNormaliser.normalise(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} vs {1}: strict {2}, lenient {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Dana Whitfield     | dana whitfield        | true  | true
            Dr. Dana Whitfield | Dana Whitfield        | true  | true
            Whitfield          | Dana Whitfield        | false | true
            Mayor Whitfield    | Dana Whitfield        | false | true
            Dana Whitfield     | Dana Whitfield Jr.    | false | true
            Dana Whitfield     | Omar Ruiz             | false | false
            Dana               | Dana Whitfield        | false | false
            ''                 | ''                    | false | false
            """)
    void comparesNames(String a, String b, boolean strict, boolean lenient) {
        assertThat(NameNormaliser.sameName(a, b)).isEqualTo(strict);
        assertThat(NameNormaliser.sameSurname(a, b)).isEqualTo(lenient);
    }
}
