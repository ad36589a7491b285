namespace Vivus.Advisor.Knowledge.Faq.Corpus;

/// <summary>The corpus cannot be read or fails its checks; the message names every problem.</summary>
public sealed class FaqCorpusException(string message) : Exception(message);
