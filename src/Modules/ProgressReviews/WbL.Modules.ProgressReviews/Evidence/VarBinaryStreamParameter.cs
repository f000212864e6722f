using System.Data;
using Dapper;
using Microsoft.Data.SqlClient;

namespace WbL.Modules.ProgressReviews.Evidence;

/// <summary>
/// A VARBINARY(MAX) parameter whose value is a stream: SqlClient then sends the bytes to SQL Server
/// as it reads them, so an upload is never held in memory whole.
/// </summary>
internal sealed class VarBinaryStreamParameter(Stream content) : SqlMapper.ICustomQueryParameter
{
    public void AddParameter(IDbCommand command, string name) =>
        command.Parameters.Add(new SqlParameter(name, SqlDbType.VarBinary, -1) { Value = content });
}
