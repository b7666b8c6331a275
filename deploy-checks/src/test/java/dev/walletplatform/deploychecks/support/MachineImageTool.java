package dev.walletplatform.deploychecks.support;

/**
 * The tools the checks run that no package registry this project reaches provides: they come with
 * the machine image, so scripts/test.sh cannot install them. Where one is missing its checks are
 * skipped with a message built from this, and the test command names each skip at its end.
 */
public enum MachineImageTool {
  KUBECTL(
      "kubectl",
      "/usr/bin/kubectl",
      "the kubectl release binary (any recent client; it renders offline)"),
  TERRAFORM(
      "terraform",
      "/usr/local/bin/terraform",
      "HashiCorp's terraform release binary (1.11 or later)");

  private final String command;
  private final String whereTheImageHasIt;
  private final String whatToInstall;

  MachineImageTool(String command, String whereTheImageHasIt, String whatToInstall) {
    this.command = command;
    this.whereTheImageHasIt = whereTheImageHasIt;
    this.whatToInstall = whatToInstall;
  }

  public String command() {
    return command;
  }

  /** What is missing, what it would have checked, and how to get it: the whole skip message. */
  public String missingMessage(String whatItChecks, String searchedPath) {
    return command
        + " is not on PATH ("
        + searchedPath
        + "): this test did not run, so it did not check "
        + whatItChecks
        + ". "
        + command
        + " is not a Debian package, so scripts/test.sh cannot install it: it is"
        + " part of the machine image (CI's has "
        + whereTheImageHasIt
        + "). To run this check, install "
        + whatToInstall
        + " and put it on PATH.";
  }
}
