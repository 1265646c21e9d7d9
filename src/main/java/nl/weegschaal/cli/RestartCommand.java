package nl.weegschaal.cli;

import nl.weegschaal.launch.WaveRunner;
import picocli.CommandLine.Command;

/** {@code restart SPEC}: continue the last run of a wave from the step that failed. */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = "Continue the last failed or interrupted run of a spec from the step that failed.")
class RestartCommand extends RunCommand {
    @Override
    WaveRunner.Mode mode() {
        return WaveRunner.Mode.RESTART;
    }
}
