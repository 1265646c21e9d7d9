package nl.weegschaal.strata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A classification file that is broken is refused with its file and line, never half read. */
class SbiEditionFileTest {
    static final String HEADER = "# a comment\nlevel,code,parent,scheme,title_nl,title_en\n";
    static final String GOOD = HEADER + "section,Q,,both,Zorg,Health\ndivision,88,Q,both,Welzijn,Social work\n"
            + "group,881,88,both,Ouderen,Elderly\nclass,8810,881,both,Ouderen,Elderly\n"
            + "subclass,88101,8810,sbi-only,Thuiszorg,\n";

    static List<SbiCode> read(String text) throws IOException {
        return SbiEditionFile.codes("test.csv", new StringReader(text));
    }

    @Test
    void readsAWellFormedFileInOrder() throws IOException {
        assertThat(read(GOOD)).extracting(SbiCode::code).containsExactly("Q", "88", "881", "8810", "88101");
        assertThat(read(GOOD).get(4)).isEqualTo(new SbiCode(SbiLevel.SUBCLASS, "88101", "8810",
                SbiCode.Scheme.SBI_ONLY, "Thuiszorg", ""));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "subclass,88101,8810,sbi-only,Thuiszorg,|test.csv line 8: the code 88101 is given twice",
        "subclass,88102,8811,sbi-only,Welzijn,|test.csv line 8: the parent '8811' of 88102 is not a class given before it",
        "class,8820,881,both,X,Y|test.csv line 8: 8820 does not start with its parent 881",
        "class,881,88,both,X,Y|test.csv line 8: '881' is not the code of a class",
        "subclass,881011,88101,sbi-only,X,|test.csv line 8: '881011' is not the code of a subclass",
        "class,88.1,881,both,X,Y|test.csv line 8: '88.1' is not the code of a class",
        "klasse,8811,881,both,X,Y|test.csv line 8: unknown level 'klasse' or scheme 'both'",
        "class,8811,881,sbi,X,Y|test.csv line 8: unknown level 'class' or scheme 'sbi'",
        "section,R,Q,both,X,Y|test.csv line 8: a section has no parent",
        "class,8811,881,both,X|test.csv line 8: expected 6 fields, found 5"})
    void refusesABrokenLineNamingIt(String line, String message) {
        assertThatThrownBy(() -> read(GOOD + line + "\n")).isInstanceOf(IllegalStateException.class)
                .hasMessage(message);
    }

    @Test
    void refusesAnSbiCodeBelowANaceOnlyOne() {
        String text = HEADER + "section,Q,,both,Zorg,Health\ndivision,88,Q,nace-only,,Social work\n"
                + "group,881,88,both,Ouderen,Elderly\n";
        assertThatThrownBy(() -> read(text)).hasMessage("test.csv line 5: 881 is in the SBI but its parent is not");
    }

    @Test
    void refusesOtherColumns() {
        assertThatThrownBy(() -> read("level,code,title\nsection,Q,Zorg\n")).isInstanceOf(IllegalStateException.class)
                .hasMessage("test.csv: the columns must be level,code,parent,scheme,title_nl,title_en");
    }

    @Test
    void aMissingFileIsADefectOfTheProgramNamingTheFile() {
        assertThatThrownBy(() -> SbiEditionFile.codes("sbi-1974")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the classification file /nl/weegschaal/strata/sbi-1974.csv is missing from the program");
    }

    @Test
    void theEditionsAreListedInTheirIndex() {
        assertThat(SbiEditionFile.editions()).containsExactly(java.util.Map.entry("sbi-2008", "SBI 2008"));
    }
}
