/** The picocli command line: one {@code Callable<Integer>} class per subcommand under {@link io.mesosfailover.cli.MesosFailoverCommand}. */
package io.mesosfailover.cli;
