namespace Vivus.Advisor.Knowledge.Dates;

/// <summary>Finds the time a customer asks about, relative to the local "now" of the hotline.</summary>
public interface ITimeRecognizer
{
    TimeMention? Recognize(string text, DateTime localNow);
}
