package io.mesosfailover.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so that no version string is written twice. */
public final class ManifestVersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Package cliPackage = MesosFailoverCommand.class.getPackage();
        String version = cliPackage.getImplementationVersion();
        return new String[] {"mesos-failover " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
