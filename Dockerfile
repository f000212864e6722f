# syntax=docker/dockerfile:1
# Multi-stage: the SPA is built with Node, the API published with the .NET SDK (told to skip its own client build),
# and the result runs as a non-root user on the ASP.NET runtime image.

FROM node:20-bookworm-slim AS client
WORKDIR /src/client
COPY client/package.json client/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY client/ ./
# vite writes to ../src/WbL.Api/wwwroot (client/vite.config.ts)
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS api
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props WbL.sln ./
COPY src/ src/
COPY db/ db/
COPY --from=client /src/src/WbL.Api/wwwroot/ src/WbL.Api/wwwroot/
RUN dotnet publish src/WbL.Api/WbL.Api.csproj -c Release -o /app -p:SkipClientBuild=true --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=api /app ./
# The embedded SQLite default writes under App_Data; with SQL Server nothing is written locally.
RUN mkdir -p /app/App_Data && chown -R app:app /app/App_Data
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
# The aspnet image has no curl or wget; bash's /dev/tcp speaks just enough HTTP for the liveness probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/live HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "WbL.Api.dll"]
