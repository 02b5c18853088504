using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace FtpReplyAnalyzers.FTP0001
{
    /// <summary>
    /// What the FTP0001 analyzer tells its fix, in the diagnostic's properties: the analyzer, which sees the operation
    /// tree, chooses the shape of the rewrite and writes it here (<see cref="Write"/>, <see cref="WithOwnConstant"/>);
    /// the fix, which only rewrites syntax, reads it back (<see cref="TryRead"/>, <see cref="TryReadOwnConstant"/>).
    /// The keys and values are the package's: hosts and tools read them too (the reliability tool reads "Shape").
    /// </summary>
    internal static class MagicReplyCodeContract
    {
        /// <summary>Property: which rewrite (one of the shapes below).</summary>
        public const string ShapeKey = "Shape";

        /// <summary>Property: metadata name of the enum written (FtpReplyAnalyzers.FtpReplyCode or System.Net.FtpStatusCode).</summary>
        public const string EnumKey = "Enum";

        /// <summary>Property: the member written.</summary>
        public const string MemberKey = "Member";

        /// <summary>Property: the C# keyword of the literal's type (int, long...), for <see cref="CastLiteral"/>.</summary>
        public const string LiteralTypeKey = "LiteralType";

        /// <summary>Property: the reply code.</summary>
        public const string CodeKey = "Code";

        /// <summary>Property: the user's own constant or enum member for the code, fully qualified (<c>global::App.FtpCodes.FileNotFound</c>).</summary>
        public const string OwnMemberKey = "OwnMember";

        /// <summary>Property: the user's member as the title shows it (<c>FtpCodes.FileNotFound</c>).</summary>
        public const string OwnDisplayKey = "OwnDisplay";

        /// <summary>Property: the C# keyword to cast the user's member to (an enum member, a constant of another integer type), or empty.</summary>
        public const string OwnCastKey = "OwnCast";

        /// <summary><c>550</c> to <c>(int)FtpReplyCode.FileUnavailable</c>: same value, same type, still constant.</summary>
        public const string CastLiteral = "CastLiteral";

        /// <summary><c>(FtpStatusCode)550</c> to <c>FtpStatusCode.ActionNotTakenFileUnavailable</c>: the whole cast goes.</summary>
        public const string ReplaceCast = "ReplaceCast";

        /// <summary><c>(FtpStatusCode)229</c> to <c>(FtpStatusCode)FtpReplyCode.EnteringExtendedPassiveMode</c>: the BCL lacks 229.</summary>
        public const string CastOperand = "CastOperand";

        /// <summary>
        /// <c>(int)response.StatusCode == 550</c> to <c>response.StatusCode == FtpStatusCode.ActionNotTakenFileUnavailable</c>.
        /// The fix removes the cast on the other operand of the comparison.
        /// </summary>
        public const string CompareEnum = "CompareEnum";

        /// <summary><c>reply.Code == "550"</c> to <c>reply.Code == FtpReplyCodeStrings.FileUnavailable</c>.</summary>
        public const string CodeString = "CodeString";

        /// <summary>
        /// <c>reply.Code is "200"</c> to <c>reply.Code == FtpReplyCodeStrings.CommandOk</c>, <c>is not</c> to <c>!=</c>:
        /// the same for every string, null included. The whole <c>is</c> expression is replaced.
        /// </summary>
        public const string PatternToEquality = "PatternToEquality";

        /// <summary>
        /// Reply text: <c>"550 File not found"</c> to <c>FtpReplyCodeStrings.FileUnavailable + " File not found"</c>,
        /// <c>$"226 Done, {n} bytes"</c> to <c>$"{FtpReplyCodeStrings.ClosingDataConnection} Done, {n} bytes"</c>: the same
        /// string. The diagnostic's location is the code's three digits inside the text.
        /// </summary>
        public const string ReplyText = "ReplyText";

        /// <summary>No rewrite keeps the program identical and readable (a string case label, an expression tree).</summary>
        public const string None = "None";

        /// <summary>One key for every shape, so that one Fix All (and dotnet format) fixes every site at once.</summary>
        public const string EquivalenceKey = RuleIdentifiers.MagicReplyCode + ".UseNamedReplyCode";

        /// <summary>The key of the fix that writes the user's own constant, offered first where there is one.</summary>
        public const string OwnEquivalenceKey = RuleIdentifiers.MagicReplyCode + ".UseOwnConstant";

        // A few hundred combinations at most (shape, enum, member, code, literal type), so each dictionary is built once.
        private static readonly ConcurrentDictionary<(string Shape, string Enum, string Member, string Code, string LiteralType), ImmutableDictionary<string, string?>> Written =
            new ConcurrentDictionary<(string, string, string, string, string), ImmutableDictionary<string, string?>>();

        /// <summary>The properties of a diagnostic whose fix writes <paramref name="plan"/> for <paramref name="code"/>.</summary>
        /// <param name="plan">The rewrite chosen (its shape may be <see cref="None"/>: then the fix writes nothing of the bundled enum's).</param>
        /// <param name="code">The code's three digits.</param>
        /// <param name="literalType">The C# keyword of the literal's type.</param>
        public static ImmutableDictionary<string, string?> Write(in ReplyCodeFixPlan plan, string code, string literalType) =>
            Written.GetOrAdd(
                (plan.Shape, plan.EnumMetadataName, plan.Member, code, literalType),
                key => ImmutableDictionary<string, string?>.Empty
                    .Add(ShapeKey, key.Shape)
                    .Add(EnumKey, key.Enum)
                    .Add(MemberKey, key.Member)
                    .Add(CodeKey, key.Code)
                    .Add(LiteralTypeKey, key.LiteralType));

        /// <summary><paramref name="properties"/> with the user's own constant for the code, which the fix offers first.</summary>
        /// <param name="properties">What <see cref="Write"/> returned.</param>
        /// <param name="member">The constant, fully qualified: <c>global::App.FtpCodes.FileNotFound</c>.</param>
        /// <param name="display">The constant as the title shows it: <c>FtpCodes.FileNotFound</c>.</param>
        /// <param name="cast">The C# keyword to cast it to, or empty.</param>
        public static ImmutableDictionary<string, string?> WithOwnConstant(ImmutableDictionary<string, string?> properties, string member, string display, string cast) =>
            properties
                .Add(OwnMemberKey, member)
                .Add(OwnDisplayKey, display)
                .Add(OwnCastKey, cast);

        /// <summary>
        /// The bundled (or BCL) member a diagnostic asks the fix to write; false where it asks for none (shape
        /// <see cref="None"/>, or properties not written by <see cref="Write"/>).
        /// </summary>
        public static bool TryRead(ImmutableDictionary<string, string?> properties, out ReplyCodeRequest request)
        {
            if (!properties.TryGetValue(ShapeKey, out var shape)
                || shape is null
                || shape == None
                || !properties.TryGetValue(EnumKey, out var enumName)
                || enumName is null
                || !properties.TryGetValue(MemberKey, out var member)
                || member is null)
            {
                request = default;
                return false;
            }

            var simpleEnumName = enumName.Substring(enumName.LastIndexOf('.') + 1);
            request = new ReplyCodeRequest(
                new ReplyCodeFixPlan(shape, enumName, simpleEnumName, member),
                properties.TryGetValue(CodeKey, out var code) && code is not null ? code : string.Empty,
                properties.TryGetValue(LiteralTypeKey, out var type) && type is not null ? type : "int");
            return true;
        }

        /// <summary>The user's own constant a diagnostic offers (<see cref="WithOwnConstant"/>); false where it offers none.</summary>
        public static bool TryReadOwnConstant(ImmutableDictionary<string, string?> properties, out OwnConstantRequest request)
        {
            if (!properties.TryGetValue(OwnMemberKey, out var member)
                || member is null
                || !properties.TryGetValue(OwnDisplayKey, out var display)
                || display is null)
            {
                request = default;
                return false;
            }

            request = new OwnConstantRequest(member, display, properties.TryGetValue(OwnCastKey, out var cast) && cast is not null ? cast : string.Empty);
            return true;
        }
    }

    /// <summary>
    /// What one FTP0001 diagnostic asks the fix to write from the bundled enum or the BCL's, read from its properties:
    /// what <see cref="MagicReplyCodeContract.Write"/> was given.
    /// </summary>
    /// <param name="Plan">The rewrite: its shape (never <see cref="MagicReplyCodeContract.None"/>), the enum and the member.</param>
    /// <param name="Code">The code's three digits (empty where the properties lack them; the fix does not need them).</param>
    /// <param name="LiteralType">The C# keyword of the literal's type, <c>int</c> where the properties lack it.</param>
    internal readonly record struct ReplyCodeRequest(ReplyCodeFixPlan Plan, string Code, string LiteralType);

    /// <summary>The user's own constant for a code, read from an FTP0001 diagnostic's properties.</summary>
    /// <param name="Member">Fully qualified: <c>global::App.FtpCodes.FileNotFound</c>.</param>
    /// <param name="Display">As the fix's title writes it: <c>FtpCodes.FileNotFound</c>.</param>
    /// <param name="Cast">The C# keyword to cast the member to, or empty.</param>
    internal readonly record struct OwnConstantRequest(string Member, string Display, string Cast);
}
