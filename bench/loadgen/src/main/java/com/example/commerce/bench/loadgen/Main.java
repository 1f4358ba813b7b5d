package com.example.commerce.bench.loadgen;

import java.util.Arrays;

/**
 * Entry point: {@code java -jar loadgen.jar COMMAND --key=value ...}
 * <ul>
 *   <li>{@code setup-product --base --admin-user --admin-password --tokens=FILE [--customers=32]}</li>
 *   <li>{@code setup-baseline --base}</li>
 *   <li>{@code load --base --system=product|baseline --workload=hot|spread [--flow=place|paid]
 *       [--mode=closed --clients=N | --mode=open --rate=R] [--warmup=5 --duration=15]
 *       [--tokens=FILE] [--server-pid=PID] [--out=runs.tsv] [--label=...]}</li>
 *   <li>{@code scan --jdbc-url --user --password}</li>
 *   <li>{@code replay --base --admin-user --admin-password [--name=order-view] [--events=N] [--timeout=300]}</li>
 *   <li>{@code report --dir=RESULTS_DIR --doc=docs/benchmarks.md}</li>
 * </ul>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: loadgen setup-product|setup-baseline|load|scan|replay|report --key=value ...");
            System.exit(2);
        }
        Args args = new Args(argv, 1);
        switch (argv[0]) {
            case "setup-product" -> Setup.product(args);
            case "setup-baseline" -> Setup.baseline(args);
            case "load" -> Load.main(args);
            case "scan" -> Scan.main(args);
            case "replay" -> Replay.main(args);
            case "report" -> Report.main(args);
            case "table" -> Report.table(args);
            default -> throw new IllegalArgumentException("unknown command " + argv[0] + " in " + Arrays.toString(argv));
        }
        System.exit(0);
    }
}
