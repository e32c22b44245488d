"""Read Locust's CSV statistics, print the figures, and fail on any error or a slow p95.

python bench/load/report.py PREFIX [--max-p95-ms 800]
"""

import argparse
import csv
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("prefix")
    parser.add_argument("--max-p95-ms", type=float, default=800)
    args = parser.parse_args()

    with open(f"{args.prefix}_stats.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with open(f"{args.prefix}_failures.csv", newline="") as fh:
        failures = list(csv.DictReader(fh))
    total = next(r for r in rows if r["Name"] == "Aggregated")

    print(f"{'request':<24}{'count':>8}{'fail':>6}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for row in rows:
        print(
            f"{row['Name']:<24}{row['Request Count']:>8}{row['Failure Count']:>6}"
            f"{row['50%']:>9}{row['95%']:>9}{row['99%']:>9}"
        )
    for failure in failures:
        print(
            f"FAILURE {failure['Method']} {failure['Name']}: {failure['Error']} "
            f"x{failure['Occurrences']}"
        )

    errors = int(total["Failure Count"])
    p50, p95 = float(total["50%"]), float(total["95%"])
    rps = float(total["Requests/s"])
    print(
        f"\nRESULT requests={total['Request Count']} rps={rps:.1f} p50_ms={p50:.0f} "
        f"p95_ms={p95:.0f} errors={errors}"
    )
    problems = []
    if errors:
        problems.append(f"{errors} failed requests")
    if p95 > args.max_p95_ms:
        problems.append(f"p95 {p95:.0f} ms is over {args.max_p95_ms:.0f} ms")
    if int(total["Request Count"]) == 0:
        problems.append("no requests were made")
    if problems:
        print("FAIL: " + "; ".join(problems))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
