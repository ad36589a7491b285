using Vivus.Advisor.Knowledge.Cli;

return await KnowledgeCli.RunAsync(args, Console.In, Console.Out, Console.Error, Console.IsInputRedirected);
