package nl.weegschaal.spec;

import static nl.weegschaal.spec.YamlNode.optional;
import static nl.weegschaal.spec.YamlNode.required;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weegschaal.FileIdentity;
import nl.weegschaal.weighting.StratumKey;
import nl.weegschaal.weighting.WeightingSettings;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a job spec and validates all of it before anything runs; every problem is reported as
 * {@code <file> line <n>: <key path>: <what is wrong>}.
 */
public final class SpecLoader {
    private static final Set<String> TOP = YamlNode.keys("wave", "survey", "source_line", "fieldwork", "inputs",
            "definitions", "codebook", "strata", "frame", "weighting", "domains", "rejects", "output", "publication", "root");

    private static final Set<String> FIELDWORK = YamlNode.keys("from", "to", "approached");

    private SpecLoader() {
    }

    public static WaveSpec load(Path spec) {
        Path file = spec.toAbsolutePath().normalize();
        Path folder = file.getParent();
        YamlNode root = new YamlNode(file.getFileName().toString(), "", compose(file));
        Map<String, YamlNode> top = root.mapping(TOP);
        SpecPaths paths = SpecPaths.of(optional(top, "root"), folder);
        Map<String, Question> codebook = CodebookReader.read(required(top, "codebook", root));
        List<StratumRule> strata = StrataReader.read(required(top, "strata", root));
        List<InputSpec> inputs = InputsReader.read(required(top, "inputs", root), paths, codebook, strata);
        Map<String, YamlNode> frame = required(top, "frame", root).mapping(YamlNode.keys("file", "count"));
        WeightingSettings weighting = WeightingReader.read(required(top, "weighting", root), paths);
        LocalDate[] fieldwork = fieldwork(optional(top, "fieldwork"));
        Long approached = approached(optional(top, "fieldwork"));
        String wave = required(top, "wave", root).text();
        if (!wave.matches("[A-Za-z0-9._-]+")) {
            throw top.get("wave").error("'" + wave + "' must be a plain name (letters, digits, . _ -): "
                    + "it names the output files");
        }
        if (wave.equalsIgnoreCase("waves") || wave.equalsIgnoreCase("trend")) {
            throw top.get("wave").error("'" + wave + "' is taken: the output folder's wave catalog is waves.duckdb "
                    + "and its trend workbook trend.xlsx; give the wave another name");
        }
        List<String> domains = domains(required(top, "domains", root), codebook, strata);
        double maxRejectShare = maxRejectShare(optional(top, "rejects"));
        Path outputDir = outputDir(required(top, "output", root), paths);
        WaveSpec loaded = new WaveSpec(file, wave, required(top, "survey", root).text(),
                required(top, "source_line", root).text(), fieldwork[0], fieldwork[1], approached, inputs, codebook,
                strata,
                paths.existingFile(required(frame, "file", top.get("frame"))),
                optional(frame, "count") == null ? "N" : frame.get("count").text(), weighting, domains,
                maxRejectShare, outputDir, PublicationReader.read(optional(top, "publication")),
                outputDir.resolve(wave + ".duckdb"), outputDir.resolve(wave + ".xlsx"), false,
                parameters(file, wave, weighting, strata, domains, maxRejectShare));
        checkOutputIsNotAnInput(loaded, top.get("output"));
        checkOutputsStayInside(loaded, top.get("output"), paths);
        return loaded;
    }

    private static Node compose(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SpecException(file + ": job spec not found");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(200);
        try {
            Node node = new Yaml(options).compose(new StringReader(SpecText.read(file)));
            if (node == null) {
                throw new SpecException(file + ": the job spec is empty");
            }
            return node;
        } catch (MarkedYAMLException e) {
            throw new SpecException(file.getFileName() + " line " + (e.getProblemMark().getLine() + 1)
                    + ": not valid YAML: " + e.getProblem(), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SpecException spec) {
                throw spec;
            }
            throw new SpecException(file + ": cannot read the job spec: " + e.getMessage(), e);
        }
    }



    /**
     * The result and the workbook must not overwrite the spec, the frame or an export: compared as the
     * files they really are, after following symbolic links (an output folder that is a link to the
     * exports' folder) and as the same file by another name (a hard link).
     */
    private static void checkOutputIsNotAnInput(WaveSpec spec, YamlNode output) {
        List<Path> inputs = new java.util.ArrayList<>(List.of(spec.file(), spec.frame()));
        if (spec.weighting().calibration() != null) {
            inputs.add(spec.weighting().calibration().totals());
        }
        spec.inputs().forEach(input -> inputs.add(input.file()));
        for (Path written : List.of(spec.result(), spec.workbook())) {
            for (Path input : inputs) {
                if (FileIdentity.sameFile(written, input)) {
                    throw output.error("the output " + written.getFileName() + " would overwrite an input of this "
                            + "wave (" + input + "); choose another output folder or wave name");
                }
            }
        }
    }

    /**
     * The result and the workbook, in the output folder, must stay inside the root too: either may
     * already exist as a symbolic link pointing out of it.
     */
    private static void checkOutputsStayInside(WaveSpec spec, YamlNode output, SpecPaths paths) {
        for (Path written : List.of(spec.result(), spec.workbook())) {
            paths.check(output, written.getFileName().toString(), written);
        }
    }

    private static Path outputDir(YamlNode node, SpecPaths paths) {
        YamlNode dir = required(node.mapping(YamlNode.keys("dir")), "dir", node);
        Path path = paths.resolve(dir);
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw dir.error(dir.text() + " resolves to " + path + (existing.equals(path) ? ", which is a file"
                    : ", inside " + existing + ", which is a file") + ", not a folder; the output folder must be a "
                    + "folder (it is created when it does not exist)");
        }
        return path;
    }

    private static LocalDate[] fieldwork(YamlNode node) {
        if (node == null) {
            return new LocalDate[2];
        }
        Map<String, YamlNode> keys = node.mapping(FIELDWORK);
        return new LocalDate[] {date(required(keys, "from", node)), date(required(keys, "to", node))};
    }

    /** {@code fieldwork.approached}: the establishments approached, a whole number written in digits, or null. */
    private static Long approached(YamlNode node) {
        if (node == null) {
            return null;
        }
        YamlNode approached = optional(node.mapping(FIELDWORK), "approached");
        if (approached == null) {
            return null;
        }
        String text = approached.text();
        if (!text.matches("[0-9]{1,15}") || Long.parseLong(text) == 0) {
            throw approached.error("'" + text + "' is not a number of establishments: write a positive whole "
                    + "number in digits, e.g. 17600");
        }
        return Long.parseLong(text);
    }

    private static LocalDate date(YamlNode node) {
        try {
            return LocalDate.parse(node.text());
        } catch (DateTimeParseException e) {
            throw node.error("'" + node.text() + "' is not a date (yyyy-mm-dd)");
        }
    }



    /** The run's settings as the result's {@code runs} table records them. */
    private static Map<String, String> parameters(Path file, String wave, WeightingSettings weighting,
                                                  List<StratumRule> strata, List<String> domains, double maxRejectShare) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("wave", wave);
        parameters.put("spec", file.toString());
        parameters.put("method", weighting.method().code());
        parameters.put("lonely_psu", weighting.lonelyPsu().code());
        parameters.put("level", Double.toString(weighting.level()));
        if (weighting.calibration() != null) {
            parameters.put("calibration_totals", weighting.calibration().totals() + " (" + weighting.calibration().function()
                    .label() + (weighting.calibration().bounds().any() ? ", bounds " + weighting.calibration()
                    .bounds() : "") + ")");
        }
        parameters.put("strata", String.join(",", strata.stream().map(StratumRule::column).toList()));
        parameters.put("domains", String.join(",", domains));
        parameters.put("max_reject_share", Double.toString(maxRejectShare));
        return parameters;
    }

    private static double maxRejectShare(YamlNode node) {
        if (node == null) {
            return 0.05;
        }
        YamlNode share = node.mapping(YamlNode.keys("max_share")).get("max_share");
        if (share == null) {
            return 0.05;
        }
        double value = share.number();
        if (!(value >= 0 && value <= 1)) {
            throw share.error("the share must be between 0 and 1 (0.05 is 5%)");
        }
        return value;
    }

    private static List<String> domains(YamlNode node, Map<String, Question> codebook, List<StratumRule> strata) {
        List<String> domains = node.texts();
        for (String domain : domains) {
            boolean stratum = strata.stream().anyMatch(r -> r.column().equals(domain));
            Question q = codebook.get(domain);
            if (!stratum && (q == null || q.multiple() || q.isNumeric())) {
                throw node.error("'" + domain + "' is neither a strata column nor a single-choice question");
            }
        }
        return domains;
    }
}
