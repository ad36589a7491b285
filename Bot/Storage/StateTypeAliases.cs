using System.Collections.Frozen;
using Vivus.Advisor.Bot.Cases;
using Vivus.Advisor.Bot.Dialogs;
using Vivus.Advisor.Bot.Dialogs.Runtime;
using Vivus.Advisor.Bot.Middleware;
using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// The short "$type" names state is written with for the types it holds where the declared type does not tell (the root,
/// values of object-typed slots): assembly-qualified names of up to 150 characters were most of a mid-intake document,
/// and were written and parsed several times every turn. An alias is part of the stored format: never change or reuse one;
/// a type that is renamed or moves keeps its alias. Types not listed here are written with their full names.
/// </summary>
internal static class StateTypeAliases
{
    private static readonly (string Alias, Type Type)[] Table =
    [
        ("dict", typeof(Dictionary<string, object>)),
        ("list", typeof(List<object>)),
        ("DialogState", typeof(DialogState)),
        ("PromptOptions", typeof(PromptOptions)),
        ("IntakeStart", typeof(IntakeStart)),
        ("CaseFile", typeof(CaseFile)),
        ("LoanNumberAnswer", typeof(LoanNumberAnswer)),
        ("TranscriptLine", typeof(TranscriptLine)),
    ];

    public static readonly FrozenDictionary<string, Type> TypeByAlias = Table.ToFrozenDictionary(entry => entry.Alias, entry => entry.Type, StringComparer.Ordinal);

    public static readonly FrozenDictionary<Type, string> AliasByType = Table.ToFrozenDictionary(entry => entry.Type, entry => entry.Alias);
}
