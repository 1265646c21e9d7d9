package nl.weegschaal.job;

import java.util.concurrent.Future;
import nl.weegschaal.estimation.GregProportionEstimator;
import nl.weegschaal.frame.CalibrationTotals;
import nl.weegschaal.frame.CalibrationTotalsReader;
import nl.weegschaal.frame.SampleStrata;
import nl.weegschaal.store.CalibrationTables;
import nl.weegschaal.store.RespondentValues;
import nl.weegschaal.store.RespondentWeightDiagnostics;
import nl.weegschaal.weighting.Calibration;
import nl.weegschaal.weighting.CalibrationSettings;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.store.DesignTables;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.store.StagedValues;
import nl.weegschaal.store.WeightDiagnosticCounts;
import nl.weegschaal.store.WeightDiagnosticsTable;
import nl.weegschaal.weighting.TrimmingReport;
import nl.weegschaal.weighting.WeightedStrata;
import nl.weegschaal.weighting.WeightingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Weighs the respondents to the frame, once: the respondents per stratum measured against the frame
 * ({@link SampleStrata}), collapsed, weighted and trimmed as the settings say, and stored as the
 * {@code strata}, design, {@code weights} and {@code weight_diagnostics} tables that later steps read.
 */
class ComputeWeightsTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ComputeWeightsTasklet.class);
    private final RunContext run;

    ComputeWeightsTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        try (RunStore store = run.store()) {
            DesignTables design = new DesignTables(store, run.spec());
            DesignTables.Counts counts = design.respondentsPerStratum();
            SampleStrata strata = SampleStrata.of(counts.respondents(), counts.example(), run.frame());
            WeightedStrata weighted;
            try {
                weighted = run.spec().weighting().weigh(run.spec().strataColumns(), strata.sample(), strata.empty());
            } catch (WeightingException e) {
                throw new StatisticsFailure(e);
            }
            if (!weighted.droppedStrata().isEmpty()) {
                LOG.warn("{} frame strata have no respondents and are dropped (they are not in any total): {}",
                        weighted.droppedStrata().size(), weighted.droppedStrata());
            }
            TrimmingReport trimming = weighted.trimming(run.spec().weighting().trim());
            if (trimming != null && trimming.capped()) {
                LOG.info(String.format(java.util.Locale.ROOT, "trimming: %d respondents in %d strata had weights above "
                        + "the cap of %.4g and were cut (largest weight %.4g, now %.4g); %.1f of weight moved to the "
                        + "others", trimming.respondents(), trimming.strata(), trimming.cap(), trimming.largestBefore(),
                        trimming.largestAfter(), trimming.moved()));
            }
            if (weighted.collapsed()) {
                LOG.info("{} strata collapsed into {}", weighted.originals().size() - weighted.droppedStrata().size(),
                        weighted.design().strataCount());
            }
            CalibrationSettings calibration = run.spec().weighting().calibration();
            design.write(weighted);
            if (calibration == null) {
                WeightDiagnosticsTable.write(store.connection(),
                        WeightDiagnosticCounts.of(store, StagedValues.read(store, run.spec()), weighted.design(),
                                run.spec().domains()));
            } else {
                CalibrationTotals totals = CalibrationTotalsReader.read(calibration.totals());
                RespondentValues respondents = new RespondentValues(store, run.spec());
                CalibratedRespondents.read(respondents, run.spec(), totals);
                CalibrationTables tables = new CalibrationTables(store, run.spec(), totals, respondents);
                CalibrationTables.Calibrated done = calibrate(tables, weighted.design(), calibration);
                Design calibrated = done.design();
                // the estimators' model of the calibration, plain Java, is made while DuckDB stores it
                Future<?> model = Background.start("calibration-model",
                        () -> GregProportionEstimator.prepare(calibrated));
                tables.write(done);
                WeightDiagnosticsTable.write(store.connection(),
                        RespondentWeightDiagnostics.of(run.spec(), calibrated, respondents));
                Background.done(model);
                run.keep(new CalibratedRespondents(respondents, calibrated.toTotals(), weighted.design().strata()));
            }
            contribution.incrementWriteCount(weighted.design().respondents());
        }
        return RepeatStatus.FINISHED;
    }

    /** The design calibrated to the totals the settings name, with what the calibration did logged. */
    private CalibrationTables.Calibrated calibrate(CalibrationTables tables, Design design,
                                                  CalibrationSettings settings) throws Exception {
        CalibrationTables.Calibrated calibrated;
        try {
            calibrated = tables.calibrate(design, settings);
        } catch (WeightingException e) {
            throw new StatisticsFailure(e);
        }
        Calibration.ToTotals done = calibrated.design().toTotals();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double g : done.g()) {
            low = Math.min(low, g);
            high = Math.max(high, g);
        }
        LOG.info(String.format(java.util.Locale.ROOT, "calibrated to %d totals (%s%s) in %d iterations: largest "
                        + "relative miss %.2g; g-weights from %.4g to %.4g; %d negative weights",
                done.model().columns(), settings.function().label(), settings.bounds().any() ? ", bounds "
                        + settings.bounds() : "", done.result().iterations(), done.result().largestMiss(), low, high,
                done.result().negativeWeights()));
        return calibrated;
    }
}
