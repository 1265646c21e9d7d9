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
import nl.weegschaal.frame.StratumKey;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.StrataCollapse;
import nl.weegschaal.weighting.TrimRule;
import nl.weegschaal.weighting.WeightingMethod;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a job spec and validates all of it before anything runs; every problem is reported as
 * {@code <file> line <n>: <key path>: <what is wrong>}.
 */
public final class SpecLoader {
    private static final Set<String> TOP = Set.of("wave", "survey", "source_line", "fieldwork", "inputs",
            "definitions", "codebook", "strata", "frame", "weighting", "domains", "rejects", "output", "publication", "root");

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
        Map<String, YamlNode> frame = required(top, "frame", root).mapping(Set.of("file", "count"));
        Map<String, YamlNode> weighting = required(top, "weighting", root)
                .mapping(Set.of("method", "lonely_psu", "level", "collapse", "trim"));
        YamlNode method = required(weighting, "method", top.get("weighting"));
        LocalDate[] fieldwork = fieldwork(optional(top, "fieldwork"));
        String wave = required(top, "wave", root).text();
        if (!wave.matches("[A-Za-z0-9._-]+")) {
            throw top.get("wave").error("'" + wave + "' must be a plain name (letters, digits, . _ -): "
                    + "it names the output files");
        }
        WaveSpec loaded = new WaveSpec(file, wave, required(top, "survey", root).text(),
                required(top, "source_line", root).text(), fieldwork[0], fieldwork[1], inputs, codebook, strata,
                paths.existingFile(required(frame, "file", top.get("frame"))),
                optional(frame, "count") == null ? "N" : frame.get("count").text(),
                WeightingMethod.valueOf(method.oneOf(List.of("STRATIFIED", "POSTSTRATIFY", "RAKE"))),
                lonely(optional(weighting, "lonely_psu")), level(optional(weighting, "level")),
                domains(required(top, "domains", root), codebook, strata), maxRejectShare(optional(top, "rejects")),
                outputDir(required(top, "output", root), paths), publication(optional(top, "publication")),
                collapse(optional(weighting, "collapse")), trim(optional(weighting, "trim")));
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

    /** {@code trim: {max_ratio: 5}} and/or {@code {max_weight: 800}}. */
    private static TrimRule trim(YamlNode node) {
        if (node == null) {
            return TrimRule.NONE;
        }
        Map<String, YamlNode> keys = node.mapping(Set.of("max_ratio", "max_weight"));
        try {
            return new TrimRule(keys.get("max_ratio") == null ? null : keys.get("max_ratio").number(),
                    keys.get("max_weight") == null ? null : keys.get("max_weight").number());
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    /** {@code collapse: {min_respondents: 5, merges: [["07 x 20-99", "07 x 100+"]]}}. */
    private static StrataCollapse collapse(YamlNode node) {
        if (node == null) {
            return new StrataCollapse(0, List.of());
        }
        Map<String, YamlNode> keys = node.mapping(Set.of("min_respondents", "merges"));
        long min = keys.get("min_respondents") == null ? 0 : keys.get("min_respondents").wholeNumber();
        if (min < 0) {
            throw keys.get("min_respondents").error("must not be negative");
        }
        List<List<StratumKey>> merges = new java.util.ArrayList<>();
        if (keys.get("merges") != null) {
            for (YamlNode merge : keys.get("merges").list()) {
                List<StratumKey> group = new java.util.ArrayList<>();
                for (String label : merge.texts()) {
                    group.add(new StratumKey(java.util.Arrays.stream(label.split(" x ")).map(String::trim).toList()));
                }
                if (group.size() < 2) {
                    throw merge.error("a merge needs at least two strata, e.g. [\"07 x 20-99\", \"07 x 100+\"]");
                }
                merges.add(group);
            }
        }
        return new StrataCollapse((int) min, merges);
    }

    private static WaveSpec.Publication publication(YamlNode node) {
        if (node == null) {
            return WaveSpec.Publication.DEFAULT;
        }
        Map<String, YamlNode> keys = node.mapping(Set.of("min_respondents", "indicative_half_width", "language"));
        WaveSpec.Publication d = WaveSpec.Publication.DEFAULT;
        long min = keys.get("min_respondents") == null ? d.minRespondents() : keys.get("min_respondents").wholeNumber();
        if (min < 1) {
            throw keys.get("min_respondents").error("must be at least 1");
        }
        double width = keys.get("indicative_half_width") == null ? d.indicativeHalfWidth()
                : keys.get("indicative_half_width").number();
        if (!(width > 0 && width < 1)) {
            throw keys.get("indicative_half_width").error("must be a fraction between 0 and 1 (0.10 is 10 points)");
        }
        String language = keys.get("language") == null ? d.language()
                : keys.get("language").oneOf(List.of("nl", "en"));
        return new WaveSpec.Publication((int) min, width, language);
    }

    /**
     * The result and the workbook must not overwrite the spec, the frame or an export: compared as the
     * files they really are, after following symbolic links (an output folder that is a link to the
     * exports' folder) and as the same file by another name (a hard link).
     */
    private static void checkOutputIsNotAnInput(WaveSpec spec, YamlNode output) {
        List<Path> inputs = new java.util.ArrayList<>(List.of(spec.file(), spec.frame()));
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
        YamlNode dir = required(node.mapping(Set.of("dir")), "dir", node);
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
        Map<String, YamlNode> keys = node.mapping(Set.of("from", "to"));
        return new LocalDate[] {date(required(keys, "from", node)), date(required(keys, "to", node))};
    }

    private static LocalDate date(YamlNode node) {
        try {
            return LocalDate.parse(node.text());
        } catch (DateTimeParseException e) {
            throw node.error("'" + node.text() + "' is not a date (yyyy-mm-dd)");
        }
    }

    private static LonelyPsu lonely(YamlNode node) {
        return node == null ? LonelyPsu.ADJUST
                : LonelyPsu.fromCode(node.oneOf(List.of("adjust", "remove", "certainty", "fail")));
    }

    private static double level(YamlNode node) {
        double level = node == null ? 0.95 : node.number();
        if (!(level > 0 && level < 1)) {
            throw node.error("the confidence level must be between 0 and 1");
        }
        return level;
    }

    private static double maxRejectShare(YamlNode node) {
        if (node == null) {
            return 0.05;
        }
        YamlNode share = node.mapping(Set.of("max_share")).get("max_share");
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
            if (!stratum && (q == null || q.multiple())) {
                throw node.error("'" + domain + "' is neither a strata column nor a single-choice question");
            }
        }
        return domains;
    }
}
