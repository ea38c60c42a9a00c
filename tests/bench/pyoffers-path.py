# pyoffers' path for one file, for comparison: the steps pyoffers' `LogFile.records` takes
# (pyoffers/models/raw_log.py), in code of our own: the zip's one entry read whole with zipfile, decoded, parsed with
# csv.DictReader, and each row turned into a model object built from keyword arguments (pyoffers'
# LogRecord keeps its manager and a dict of the row, so every row's dict is copied once). Reads the
# zip from disk, which only flatters it (pyoffers downloads it with requests). `--dict-only` leaves
# out the model objects (plain DictReader). `--repeat N` reads the files N times in this process,
# as scenario.ts does. Prints one JSON line like scenario.ts.
import csv, io, json, resource, statistics, sys, time, zipfile

args = sys.argv[1:]
repeat = 1
dict_only = False
while args[:1] in (['--repeat'], ['--dict-only']):
    if args[0] == '--repeat':
        repeat = int(args[1])
        args = args[2:]
    else:
        dict_only = True
        args = args[1:]


class Row:
    """The shape of pyoffers' LogRecord: a manager reference and the row's fields as a dict."""

    def __init__(self, manager, **fields):
        self._manager = manager
        self._data = fields


def once():
    t0 = time.perf_counter()
    n = 0
    size = 0
    for path in args:
        with open(path, 'rb') as fh:
            archive = zipfile.ZipFile(io.BytesIO(fh.read()))
            content = archive.read(archive.filelist[0])
            size += len(content)
            rows = csv.DictReader(io.StringIO(content.decode()))
            records = list(rows) if dict_only else [Row(manager=None, **row) for row in rows]
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
