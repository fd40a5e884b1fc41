using CloseLint.Fuzz;

// closelint-fuzz list                      names of the targets
// closelint-fuzz run TARGET                one target under afl-fuzz (SharpFuzz's out-of-process fork server)
// closelint-fuzz replay TARGET PATH...     runs files (or every file in folders) in-process; exit 1 on a finding
if (args.Length == 1 && args[0] == "list")
{
    foreach (var t in FuzzTargets.All) Console.WriteLine($"{t.Name}\t{t.Description}");
    return 0;
}

if (args.Length < 2 || FuzzTargets.Find(args[1]) is not { } target || args[0] is not ("run" or "replay"))
{
    Console.Error.WriteLine("usage: closelint-fuzz list | run TARGET | replay TARGET PATH...");
    Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTargets.All.Select(t => t.Name)));
    return 2;
}

if (args[0] == "run")
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        target.Run(memory.ToArray());
    });
    return 0;
}

var failures = 0;
var files = args.Skip(2).SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).Order(StringComparer.Ordinal);
foreach (var file in files)
{
    try
    {
        target.Run(File.ReadAllBytes(file));
    }
    catch (Exception ex)
    {
        failures++;
        Console.Error.WriteLine($"{target.Name}: {file}: {ex}");
    }
}

return failures == 0 ? 0 : 1;
