package nl.weegschaal.job.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.TableEstimator;
import nl.weegschaal.frame.PopulationFrame;
import nl.weegschaal.ingest.ResponseSchema;
import nl.weegschaal.ingest.ResponseTable;
import nl.weegschaal.ingest.ResponseTableBuilder;
import nl.weegschaal.ingest.SourceRecord;
import nl.weegschaal.spec.Question;
import nl.weegschaal.spec.SpecLoader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.testing.CliRun;
import nl.weegschaal.testing.DuckDb;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.SampleStrata;
import nl.weegschaal.weighting.Weighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wave job counts its sufficient statistics in DuckDB; the weigh command counts them in Java.
 * On the sample wave both must give the same estimates, to the last bit that matters.
 */
class SqlTalliesTest {
    @TempDir
    Path project;

    @AfterEach
    void noFaults() {
        System.clearProperty(FaultInjection.PROPERTY);
    }

    @Test
    void waveEstimatesEqualTheColumnarEnginesOnTheSameResponses() throws Exception {
        Path specFile = nl.weegschaal.testing.SampleProject.copyTo(project);
        System.setProperty(FaultInjection.PROPERTY, "publish"); // keep the work store with its tables
        CliRun.of(project.resolve("home"), "run", specFile.toString());
        WaveSpec spec = SpecLoader.load(specFile);
        Path store = StagingStore.file(spec.outputDir(), spec.wave());

        List<Estimate> columnar;
        try (StagingStore staging = StagingStore.open(store)) {
            PopulationFrame frame = WaveData.frame(spec);
            ResponseTable table = read(staging, schema(spec), frame);
            Design design = Weighting.of(spec.method(), spec.lonelyPsu()).weigh(spec.strataColumns(),
                    SampleStrata.of(table, frame));
            columnar = new TableEstimator(design, spec.level()).estimateTargets(table, WaveData.targets(spec),
                    spec.domains());
        }
        List<Map<String, Object>> sql = DuckDb.query(store, "SELECT * FROM estimates");
        assertThat(sql).hasSize(columnar.size());
        for (int i = 0; i < columnar.size(); i++) {
            Estimate e = columnar.get(i);
            Map<String, Object> row = sql.get(i);
            assertThat(row.get("variable") + "|" + row.get("level") + "|" + row.get("domain_value"))
                    .isEqualTo(e.variable() + "|" + e.level() + "|" + e.domainValue());
            assertThat((Double) row.get("estimate")).isEqualTo(e.estimate());
            assertThat((Double) row.get("se")).isEqualTo(e.se());
            assertThat((Long) row.get("n_unweighted")).isEqualTo(e.nUnweighted());
        }
    }

    private static ResponseSchema schema(WaveSpec spec) {
        List<String> variables = new ArrayList<>();
        for (Question q : spec.codebook().values()) {
            if (q.multiple()) {
                q.levels().forEach(option -> variables.add(q.name() + "." + option.code()));
            } else {
                variables.add(q.name());
            }
        }
        return new ResponseSchema("id", spec.strataColumns(), variables, spec.domains());
    }

    private static ResponseTable read(StagingStore store, ResponseSchema schema, PopulationFrame frame)
            throws Exception {
        List<String> columns = schema.requiredColumns();
        ResponseTableBuilder builder = new ResponseTableBuilder(schema, frame);
        builder.bind(columns);
        String select = columns.stream().map(StagingStore::quote).collect(Collectors.joining(", "));
        try (Statement statement = store.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT source, line, " + select + " FROM responses ORDER BY rowid")) {
            while (rows.next()) {
                String[] values = new String[columns.size()];
                for (int c = 0; c < values.length; c++) {
                    String value = rows.getString(c + 3);
                    values[c] = value == null ? "" : value;
                }
                builder.add(new SourceRecord(rows.getString(1), rows.getLong(2), values));
            }
        }
        return builder.build();
    }
}
