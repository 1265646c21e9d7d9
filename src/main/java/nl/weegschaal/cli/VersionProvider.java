package nl.weegschaal.cli;

import picocli.CommandLine.IVersionProvider;

/** The product version from the jar's manifest. */
class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"weegschaal " + (version == null ? "development" : version)};
    }
}
