namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets this netstandard2.0 assembly declare records: their properties are init-only, and the compiler asks for this
    /// type by name where the framework does not declare it.
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
