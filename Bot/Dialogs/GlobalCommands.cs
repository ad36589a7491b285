using Vivus.Advisor.Bot.Validation;

namespace Vivus.Advisor.Bot.Dialogs;

public enum GlobalCommand
{
    None,
    Help,
    Cancel,
    StartOver,
}

/// <summary>Commands that work anywhere in a conversation, in Polish and English; only a whole message counts.</summary>
public static class GlobalCommands
{
    private static readonly Dictionary<string, GlobalCommand> Phrases = new(StringComparer.Ordinal)
    {
        ["pomoc"] = GlobalCommand.Help,
        ["pomocy"] = GlobalCommand.Help,
        ["co umiesz"] = GlobalCommand.Help,
        ["menu"] = GlobalCommand.Help,
        ["help"] = GlobalCommand.Help,
        ["anuluj"] = GlobalCommand.Cancel,
        ["anuluj zgloszenie"] = GlobalCommand.Cancel,
        ["przerwij"] = GlobalCommand.Cancel,
        ["stop"] = GlobalCommand.Cancel,
        ["cancel"] = GlobalCommand.Cancel,
        ["zacznij od nowa"] = GlobalCommand.StartOver,
        ["od nowa"] = GlobalCommand.StartOver,
        ["od poczatku"] = GlobalCommand.StartOver,
        ["start over"] = GlobalCommand.StartOver,
        ["restart"] = GlobalCommand.StartOver,
    };

    public static GlobalCommand Recognize(string? text) =>
        Phrases.GetValueOrDefault(TextFolding.Fold(text).Trim().TrimEnd('.', '!', '?').Trim(), GlobalCommand.None);

    public const string HelpPolish =
        "Jestem automatycznym doradcą Vivus. Odpowiadam na pytania o kontakt z nami (np. „do której działa infolinia?”, " +
        "„jaki jest adres e-mail?”), a gdy potrzebny jest konsultant („chcę porozmawiać z konsultantem”), zbieram szczegóły " +
        "sprawy i wskazuję najlepszy kanał. W każdej chwili: „anuluj” przerywa zgłoszenie, „zacznij od nowa” zaczyna rozmowę od początku.";

    public const string HelpEnglish =
        "I am Vivus's automatic advisor. I answer questions about contacting Vivus (e.g. \"when is the hotline open?\"), " +
        "and when you need a consultant (\"I want to talk to a consultant\") I collect your case and point you to the best channel. " +
        "At any time: \"cancel\" stops the case, \"start over\" starts the conversation again.";
}
