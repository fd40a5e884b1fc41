namespace CloseLint.LanguageServer;

/// <summary>Names CloseLint uses on the wire.</summary>
internal static class LspNames
{
    /// <summary>The <c>source</c> of every diagnostic.</summary>
    public const string Source = "closelint";

    /// <summary>The settings section read with <c>workspace/configuration</c>.</summary>
    public const string SettingsSection = "closelint";

    /// <summary>CloseLint's own notification with the whole script's figures.</summary>
    public const string ScriptStatsMethod = "closelint/scriptStats";

    /// <summary>The code action kind of fixes and suppressions.</summary>
    public const string QuickFix = "quickfix";
}
