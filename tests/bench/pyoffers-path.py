# pyoffers' path for one file, for comparison: zipfile + csv.DictReader over the whole CSV in
# memory (models/raw_log.py: content -> StringIO -> DictReader -> list). Reads the zip from disk,
# which only flatters it. `--repeat N` reads the files N times in this process, as scenario.ts
# does. Prints one JSON line like scenario.ts.
import csv, io, json, resource, statistics, sys, time, zipfile

args = sys.argv[1:]
repeat = 1
if args[:1] == ['--repeat']:
    repeat = int(args[1])
    args = args[2:]


def once():
    t0 = time.perf_counter()
    n = 0
    size = 0
    for path in args:
        with open(path, 'rb') as fh:
            archive = zipfile.ZipFile(io.BytesIO(fh.read()))
            content = archive.read(archive.filelist[0])
            size += len(content)
            records = list(csv.DictReader(io.StringIO(content.decode())))
            n += len(records)
            del records, content
    return (time.perf_counter() - t0) * 1000, n, size


samples = []
for _ in range(repeat):
    ms, n, size = once()
    samples.append(ms)


def peak_rss_mb():
    # VmHWM, not ru_maxrss: Linux carries the parent's high-water mark across fork+exec (see scenario.ts).
    try:
        with open('/proc/self/status') as fh:
            for line in fh:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


print(json.dumps({"ms": statistics.median(samples), "samples": samples, "records": n, "csvBytes": size, "peakRssMb": peak_rss_mb()}))
