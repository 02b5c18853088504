// The verifier of each rule, named by the rule's id: VerifyFtp0001.VerifyCodeFixAsync(source, fixedSource).
// FTP0002 has no fix; its verifier's provider offers none (UnknownReplyCodeHasNoFix). FTP0002 and FTP0004 run in FTP0001's
// analyzer: each verifier sees only the diagnostics its fix is for (Verifier.OtherRules).
global using VerifyFtp0001 = FtpReplyAnalyzers.Tests.Verifiers.Verifier<FtpReplyAnalyzers.FTP0001.MagicReplyCodeAnalyzer, FtpReplyAnalyzers.FTP0001.MagicReplyCodeFixProvider>;
global using VerifyFtp0002 = FtpReplyAnalyzers.Tests.Verifiers.Verifier<FtpReplyAnalyzers.FTP0001.MagicReplyCodeAnalyzer, FtpReplyAnalyzers.Tests.Verifiers.UnknownReplyCodeHasNoFix>;
global using VerifyFtp0003 = FtpReplyAnalyzers.Tests.Verifiers.Verifier<FtpReplyAnalyzers.FTP0003.ReplyClassCheckAnalyzer, FtpReplyAnalyzers.FTP0003.ReplyClassCheckFixProvider>;
global using VerifyFtp0004 = FtpReplyAnalyzers.Tests.Verifiers.Verifier<FtpReplyAnalyzers.FTP0001.MagicReplyCodeAnalyzer, FtpReplyAnalyzers.FTP0004.CommandReplyFixProvider>;
