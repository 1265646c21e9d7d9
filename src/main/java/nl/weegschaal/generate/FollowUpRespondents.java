package nl.weegschaal.generate;

import java.util.SplittableRandom;

/**
 * The respondents of a follow-up wave: in each stratum the establishments of the {@link FollowUpPlan}
 * (same id and SBI, answers carried over by {@link CarriedAnswers}) and new ones drawn from the new
 * model, mixed at random. New establishments get ids after every id of the earlier wave (its planted
 * bad records included), in random order; this wave's planted records come after those.
 */
final class FollowUpRespondents implements RespondentSource {
    private final FollowUpPlan plan;
    private final CarriedAnswers carried;
    private final AnswerModel model;
    private final int firstNewId;
    private final int[] remaining;
    private final int[] keptTaken = new int[SyntheticFrame.STRATA];
    private final int newTotal;
    private int[] newIds = new int[0];
    private int nextNew;

    /**
     * @param plan       the establishments kept from the earlier wave, per stratum
     * @param allocation this wave's respondents per stratum
     * @param firstNewId the number of the first new establishment's id
     * @param carried    how kept establishments answer
     * @param model      how new establishments answer
     */
    FollowUpRespondents(FollowUpPlan plan, int[] allocation, int firstNewId, CarriedAnswers carried,
            AnswerModel model) {
        this.plan = plan;
        this.carried = carried;
        this.model = model;
        this.firstNewId = firstNewId;
        this.remaining = allocation.clone();
        int total = 0;
        for (int n : allocation) {
            total += n;
        }
        this.newTotal = total - plan.total();
    }

    @Override
    public int firstPlantedId() {
        return firstNewId + newTotal;
    }

    @Override
    public void start(SplittableRandom random) {
        newIds = WaveDraw.shuffled(firstNewId, newTotal, random);
    }

    /** Kept or new in proportion to what stratum h still has of each, so both are spread over the file. */
    @Override
    public void fill(ExportRow row, int h, SplittableRandom random) {
        int keptLeft = plan.kept(h).size() - keptTaken[h];
        boolean kept = random.nextInt(remaining[h]) < keptLeft;
        remaining[h]--;
        if (kept) {
            carried.fill(row, plan.kept(h).get(keptTaken[h]++), random);
        } else {
            Respondents.fill(row, Respondents.id(newIds[nextNew++]), h, random, model);
        }
    }
}
