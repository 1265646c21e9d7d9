package nl.weegschaal.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import nl.weegschaal.estimation.Estimate;
import nl.weegschaal.estimation.EstimationTarget;
import nl.weegschaal.estimation.NumericEstimate;
import nl.weegschaal.estimation.ProportionEstimator;
import nl.weegschaal.estimation.ReliabilityClassifier;
import nl.weegschaal.frame.CalibrationTotals;
import nl.weegschaal.frame.CalibrationTotalsReader;
import nl.weegschaal.spec.WaveSpec;
import nl.weegschaal.store.RespondentValues;
import nl.weegschaal.store.CalibrationTables;
import nl.weegschaal.store.DesignTables;
import nl.weegschaal.store.EstimatesTable;
import nl.weegschaal.store.RunStore;
import nl.weegschaal.store.StagedValues;
import nl.weegschaal.store.Tallies;
import nl.weegschaal.weighting.CalibrationSettings;
import nl.weegschaal.weighting.Design;
import nl.weegschaal.weighting.WeightingException;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Estimates every question (with derived levels and options) for the total and each domain, with the
 * design the weights step stored, from per-stratum counts that DuckDB makes of the {@code responses};
 * numeric questions' totals, means and ratios from every respondent's value ({@link NumericTables}).
 */
class EstimateTablesTasklet implements Tasklet {
    private final RunContext run;

    EstimateTablesTasklet(RunContext run) {
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        try (RunStore store = run.store()) {
            estimate(store, contribution);
        } catch (WeightingException e) {
            throw new StatisticsFailure(e);
        }
        return RepeatStatus.FINISHED;
    }

    private void estimate(RunStore store, StepContribution contribution) throws Exception {
        Design design = new DesignTables(store, run.spec()).read();
        CalibrationSettings calibration = run.spec().weighting().calibration();
        RespondentValues respondents = new RespondentValues(store, run.spec());
        if (calibration != null) {
            CalibratedRespondents earlier = run.takeCalibrated();
            Design handed = earlier == null ? null : earlier.calibrated(design);
            if (handed != null) {
                respondents = earlier.values().in(store);
                design = handed;
            } else {
                // every column of every reader of this step in one pass, the model and g as stored
                CalibrationTotals totals = CalibrationTotalsReader.read(calibration.totals());
                CalibratedRespondents.read(respondents, run.spec(), totals);
                design = new CalibrationTables(store, run.spec(), totals, respondents).read(design, calibration);
            }
        }
        // the numeric tables, passes over every respondent in memory, are made on another thread beside
        // the proportions (DuckDB's tallies, or passes of their own with parts on one core); what they
        // read from the work store is read first, so that its connection stays with this thread
        NumericTables.read(run.spec(), respondents);
        Future<List<NumericEstimate>> numeric = Background.start("numeric-tables",
                numericTables(run.spec(), design, respondents));
        List<EstimationTarget> targets = Targets.of(run.spec());
        List<Estimate> estimates = calibration == null ? fromTallies(store, design, targets)
                : GregEstimates.of(run.spec(), design, targets, respondents);
        List<NumericEstimate> numericEstimates = Background.done(numeric);
        EstimatesTable.write(store.connection(), estimates, numericEstimates, run.spec().publication().interval(),
                new ReliabilityClassifier(run.spec().publication().reliability()));
        contribution.incrementWriteCount(estimates.size() + numericEstimates.size());
    }

    private static Callable<List<NumericEstimate>> numericTables(WaveSpec spec, Design design,
                                                                 RespondentValues respondents) {
        return () -> NumericTables.estimate(spec, design, respondents);
    }

    /** Proportions from per-stratum counts: every respondent of a stratum has its weight. */
    private List<Estimate> fromTallies(RunStore store, Design design, List<EstimationTarget> targets)
            throws Exception {
        ProportionEstimator estimator = new ProportionEstimator(design, run.spec().level());
        Tallies tallies = new Tallies(store, StagedValues.read(store, run.spec()), design.strataColumns(), targets,
                run.spec().domains(), design.strataCount());
        List<String> domains = new ArrayList<>();
        domains.add(null);
        domains.addAll(run.spec().domains());
        List<Estimate> estimates = new ArrayList<>();
        for (EstimationTarget target : targets) {
            for (String domain : domains) {
                Tallies.Of t = tallies.of(target, domain);
                for (int d = 0; d < t.domainValues().size(); d++) {
                    estimates.addAll(estimator.estimate(target.variable(), t.labels(),
                            domain == null ? Estimate.TOTAL : domain, t.domainValues().get(d), t.tallies()[d]));
                }
            }
        }
        return estimates;
    }
}
