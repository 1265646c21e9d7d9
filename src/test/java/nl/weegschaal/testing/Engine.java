package nl.weegschaal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.weighting.LonelyPsu;
import nl.weegschaal.weighting.WeightingMethod;

/**
 * Runs the one engine on a response file as {@code weigh} does (the command line, in-process) and
 * reads back what it published, for tests that compare its numbers with references.
 */
public final class Engine {
    private Engine() {
    }

    /**
     * Which columns of a response file a run uses.
     *
     * @param idColumn the id column, or null
     */
    public record Columns(String idColumn, List<String> strata, List<String> variables, List<String> domains) {
    }

    /** The published estimates and every respondent's weight by id (by record number without ids). */
    public record Result(Path file, List<Estimate> estimates, Map<String, Double> weights) {
    }

    public static Result run(Path responses, Path frame, Columns columns, WeightingMethod method, LonelyPsu lonely,
                             double level, String... options) throws Exception {
        Path dir = Files.createTempDirectory("weegschaal-engine");
        Path out = dir.resolve("result.duckdb");
        List<String> args = new ArrayList<>(List.of("weigh", "--responses", responses.toString(), "--frame",
                frame.toString(), "--strata", String.join(",", columns.strata()), "--vars",
                String.join(",", columns.variables()), "--method", method.code(), "--lonely-psu", lonely.code(),
                "--level", Double.toString(level), "--out", out.toString()));
        if (!columns.domains().isEmpty()) {
            args.addAll(List.of("--domains", String.join(",", columns.domains())));
        }
        if (columns.idColumn() != null) {
            args.addAll(List.of("--id", columns.idColumn()));
        }
        args.addAll(List.of(options));
        CliRun run = CliRun.of(dir.resolve("home"), args.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new AssertionError("weigh failed (" + run.exitCode() + "): " + run.err());
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        String id = columns.idColumn() == null ? "record_number" : columns.idColumn();
        for (Map<String, Object> row : DuckDb.query(out, "SELECT CAST(\"" + id + "\" AS VARCHAR) AS id, weight FROM "
                + "weights ORDER BY record_number")) {
            weights.put((String) row.get("id"), (Double) row.get("weight"));
        }
        return new Result(out, DuckDb.estimates(out), weights);
    }
}
