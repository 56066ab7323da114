using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(WorkflowPlatform.Bench.Engine.InterpreterBenchmarks).Assembly).Run(args);
