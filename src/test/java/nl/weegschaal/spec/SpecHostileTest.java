package nl.weegschaal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Specs that once loaded and then failed late, lost data or crashed: each is now refused when the
 * spec is loaded, naming the file, the line and the key.
 */
class SpecHostileTest {
    @TempDir
    Path dir;
    Path spec;

    @BeforeEach
    void sampleProject() throws Exception {
        spec = nl.weegschaal.testing.SampleProject.copyTo(dir);
    }

    void edit(String from, String to) throws Exception {
        SpecLoaderTest.edit(spec, from, to);
    }

    @Test
    void anOutputFolderThatIsALinkToTheExportsFolderCannotOverwriteAnExport() throws Exception {
        // the workbook of a wave called cawi is cawi.xlsx: in the linked folder, the CAWI export itself
        Files.createSymbolicLink(dir.resolve("results"), dir.resolve("sample-data/wave-2024"));
        edit("output: {dir: ../out}", "output: {dir: ../results}");
        edit("wave: wave-2024", "wave: cawi");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("output: the output cawi.xlsx would overwrite an input of this wave ("
                        + dir.resolve("sample-data/wave-2024/cawi.xlsx") + ")");
        assertThat(dir.resolve("sample-data/wave-2024/cawi.xlsx")).isNotEmptyFile();
    }

    @Test
    void anOutputThatIsAHardLinkToAnInputIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Files.createLink(dir.resolve("out/wave-2024.duckdb"), dir.resolve("sample-data/wave-2024/cati.csv"));
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("the output wave-2024.duckdb would overwrite an input of this wave");
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedAsNotAFolder() throws Exception {
        Files.writeString(dir.resolve("out"), "a file");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("output.dir: ../out resolves to " + dir.resolve("out") + ", which is a file, "
                        + "not a folder");
        edit("output: {dir: ../out}", "output: {dir: ../out/2024}");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("output.dir: ../out/2024 resolves to " + dir.resolve("out/2024") + ", inside "
                        + dir.resolve("out") + ", which is a file, not a folder");
    }

    @Test
    void aBinaryFileGivenAsTheSpecIsNamedAsNotASpec() throws Exception {
        Path binary = dir.resolve("jobs/binary.yml");
        Files.write(binary, new byte[] {'w', 'a', (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        assertThatThrownBy(() -> SpecLoader.load(binary)).isInstanceOf(SpecException.class)
                .hasMessage(binary + ": not a job spec: byte 11 is a NUL character, so this is a binary file, not "
                        + "YAML text");
        Files.write(binary, new byte[] {'w', 'a', 'v', 'e', ':', ' ', (byte) 0xe9, '\n'});
        assertThatThrownBy(() -> SpecLoader.load(binary)).isInstanceOf(SpecException.class)
                .hasMessage(binary + ": not a job spec: it is not UTF-8 text (line 1, byte 7: 0xE9 is not UTF-8); "
                        + "save the spec as UTF-8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a sheet named like the workbook's notes | sheet: AI-gebruik | sheet: Toelichting "
                + "| codebook.ai_gebruik.sheet: 'Toelichting' is already the workbook's own sheet 'Toelichting'",
        "a reserved name in another case | sheet: AI-gebruik | sheet: WEGING "
                + "| codebook.ai_gebruik.sheet: 'WEGING' is already the workbook's own sheet 'Weging'",
        "an English name of the weights sheet | sheet_en: AI use | sheet_en: weights "
                + "| codebook.ai_gebruik.sheet_en: 'weights' is already the workbook's own sheet 'Weights'",
        "two questions whose sheets differ only in case | sheet: Banen erbij | sheet: banen VERDWIJNEN "
                + "| codebook.banen_erbij.sheet: 'banen VERDWIJNEN' is already the sheet of banen_verdwijnen",
        "Excel's reserved History | sheet: Scholingsbehoefte | sheet: history "
                + "| codebook.scholingsbehoefte_verandert.sheet: 'history' is already a name Excel reserves",
        "an apostrophe at the start | sheet: Personeelstekort | sheet: \"'Personeelstekort\" "
                + "| codebook.personeelstekort_opgelost.sheet: ''Personeelstekort' is not a worksheet name: it must "
                + "not begin or end with an apostrophe",
        "more than 31 characters | sheet: Personeelstekort | sheet: Personeelstekort opgelost door AI ja of nee "
                + "| has 43 characters; a worksheet name has at most 31"})
    void aSheetNameTheWorkbookCannotTakeIsRefusedWithTheSpec(String what, String from, String to, String expected)
            throws Exception {
        edit(from, to);
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining(expected);
    }

    @Test
    void aDefaultSheetNameThatCollidesIsNamedWithItsQuestion() throws Exception {
        // without sheet:, the sheet is the variable's name cut to 31 characters
        edit("    sheet: Welke functies veranderen\n", "");
        edit("    sheet: Welke functies verdwijnen\n", "    sheet: functies_veranderen_welke\n");
        assertThatThrownBy(() -> SpecLoader.load(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining("codebook.functies_verdwijnen_welke.sheet: 'functies_veranderen_welke' is "
                        + "already the sheet of functies_veranderen_welke");
    }
}
