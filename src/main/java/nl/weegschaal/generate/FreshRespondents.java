package nl.weegschaal.generate;

import java.util.SplittableRandom;

/** The respondents of a first wave: ids 1..n in random order, everything drawn from the 2024 model. */
final class FreshRespondents implements RespondentSource {
    private final int respondents;
    private int[] ids = new int[0];
    private int next;

    FreshRespondents(int respondents) {
        this.respondents = respondents;
    }

    @Override
    public int firstPlantedId() {
        return respondents + 1;
    }

    @Override
    public void start(SplittableRandom random) {
        ids = WaveDraw.shuffled(1, respondents, random);
    }

    @Override
    public void fill(ExportRow row, int h, SplittableRandom random) {
        Respondents.fill(row, Respondents.id(ids[next++]), h, random);
    }
}
