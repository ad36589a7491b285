using Newtonsoft.Json;

namespace Vivus.Advisor.Bot.Storage;

/// <summary>
/// Writes an item's JSON with the new e-tag in its top-level "ETag" property in place of the one it was written
/// with, or added when the item has none, without touching the caller's object or building an intermediate tree.
/// </summary>
internal sealed class ETagStampingWriter(TextWriter text, string eTag) : JsonTextWriter(text)
{
    private bool _stampNextValue;
    private bool _stamped;

    public override void WritePropertyName(string name) => WritePropertyName(name, true);

    public override void WritePropertyName(string name, bool escape)
    {
        // Property names are matched without regard to case on reading, so "eTag" is the item's e-tag too.
        var isRootETag = Top == 1 && !_stamped && string.Equals(name, StateSerializer.ETagProperty, StringComparison.OrdinalIgnoreCase);
        base.WritePropertyName(isRootETag ? StateSerializer.ETagProperty : name, escape);
        _stampNextValue = isRootETag;
    }

    public override void WriteValue(string? value) => base.WriteValue(Stamp(value));

    public override void WriteNull()
    {
        if (_stampNextValue)
        {
            base.WriteValue(Stamp(null));
            return;
        }
        base.WriteNull();
    }

    public override void WriteEndObject()
    {
        if (Top == 1 && !_stamped)
        {
            _stamped = true;
            base.WritePropertyName(StateSerializer.ETagProperty);
            base.WriteValue(eTag);
        }
        base.WriteEndObject();
    }

    private string? Stamp(string? value)
    {
        if (!_stampNextValue)
        {
            return value;
        }
        _stampNextValue = false;
        _stamped = true;
        return eTag;
    }
}
