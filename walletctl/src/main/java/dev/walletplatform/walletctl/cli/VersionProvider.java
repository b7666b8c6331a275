package dev.walletplatform.walletctl.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; "development build" when run from classes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = RootCommand.class.getPackage().getImplementationVersion();
    return new String[] {"walletctl " + (version == null ? "development build" : version)};
  }
}
