package org.diaban.cli;

import picocli.CommandLine.Command;

/** {@code diaban hierarchy ...}: the party hierarchy, as it stood on any day. */
@Command(name = "hierarchy", mixinStandardHelpOptions = true,
        subcommands = {HierarchyShowCommand.class, HierarchySuccessorsCommand.class, HierarchyImportCommand.class})
final class HierarchyCommand {
}
