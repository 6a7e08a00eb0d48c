package org.diaban.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version from the jar's manifest. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Địa Bàn " + (v == null ? "dev" : v)};
    }
}
