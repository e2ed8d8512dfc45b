# syntax=docker/dockerfile:1
# Scribe: build the shaded jar with Maven, run it on a JRE as a non-root user.
#
#   docker build -t scribe .
#   docker run -d --name scribe -p 3000:3000 -v scribe-data:/data \
#     -e SLACK_BOT_TOKEN -e SLACK_SIGNING_SECRET scribe
#
# Arguments after the image name replace the command:
#   mkdir -p demo-out && docker run --rm --user "$(id -u):$(id -g)" \
#     -v "$PWD/demo-out:/out" scribe demo --out /out
#   docker run --rm -v scribe-data:/data scribe export --channel C0123
# (`docker run --rm scribe demo` alone works too, but its files stay in the container's /tmp.)

# ---- build -----------------------------------------------------------------------------------
# The jar is the same on every platform: build it natively even for a multi-platform image
# (docker buildx build --platform linux/amd64,linux/arm64), not under emulation.
FROM --platform=$BUILDPLATFORM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src

# Dependencies first, in their own layer: it is rebuilt only when pom.xml changes.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline

# Tests run in CI (.ci/run), not here. `maven.test.skip` also skips compiling them, so the test-only
# dependencies are not needed. Not offline (-o): go-offline misses a few plugin dependencies.
# -Pcontainer: of the 20 SQLite native libraries sqlite-jdbc bundles, the jar keeps the two this
# image can load (glibc Linux, x86_64 and aarch64; the Ubuntu base is not musl).
COPY src ./src
RUN mvn -B -q -Dmaven.test.skip=true -Pcontainer package

# The SQLite driver's native library for the image's platform, taken out of the jar once here:
# otherwise the driver copies it out of the jar into /tmp and compares the copy at every start
# (BENCHMARKS.md: start to healthy). TARGETARCH is the platform being built (amd64 or arm64).
ARG TARGETARCH
RUN case "${TARGETARCH:-amd64}" in \
      amd64) arch=x86_64 ;; \
      arm64) arch=aarch64 ;; \
      *) echo "no SQLite native library kept for ${TARGETARCH}" >&2; exit 1 ;; \
    esac \
 && mkdir -p target/native && cd target/native \
 && jar xf ../scribe.jar "org/sqlite/native/Linux/${arch}/libsqlitejdbc.so" \
 && mv "org/sqlite/native/Linux/${arch}/libsqlitejdbc.so" . && rm -r org

# ---- runtime ---------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# A fixed, unprivileged uid/gid (10001) that Kubernetes' runAsUser/fsGroup can name; the Ubuntu
# base already uses 1000 for its own user.
# The timeline picture is drawn with Java2D, which needs fontconfig and a font.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

# /app stays owned by root, so the app cannot change its own jar; the demo, which writes into the
# current folder by default, notices and writes to /tmp instead (or to --out, a mounted folder).
# /data belongs to uid 10001: a new named volume copies that; a bind-mounted host folder must be
# made writable for uid 10001 by its owner.
RUN groupadd --gid 10001 scribe \
 && useradd --uid 10001 --gid scribe --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin scribe \
 && mkdir -p /app /data \
 && chown scribe:scribe /data

WORKDIR /app
COPY --from=build /src/target/scribe.jar /app/scribe.jar
COPY --from=build /src/target/native/libsqlitejdbc.so /app/lib/libsqlitejdbc.so

# Class Data Sharing: a training run (the offline demo: the real app, database, migrations,
# Bolt, Jetty and the draft) records the classes it loads into /app/scribe.jsa, which every
# later start maps instead of loading and verifying those classes again — most of the JVM's
# start-up (BENCHMARKS.md). The archive belongs to this jar and this JDK; a JVM that cannot use
# it says so once and starts without it.
RUN java -XX:ArchiveClassesAtExit=/app/scribe.jsa -Xlog:cds=error -Dfile.encoding=UTF-8 -Djava.awt.headless=true \
      -Dorg.sqlite.lib.path=/app/lib -Xmx160m -XX:+UseSerialGC -jar /app/scribe.jar demo --out /tmp/cds-training \
 && rm -rf /tmp/cds-training

# UTF-8 everywhere: on JDK 17 a non-UTF-8 default breaks Slack signature checks of non-ASCII
# bodies. Memory is bounded, not a share of the machine: the live heap is ~15 MiB even after
# 100,000 events, so a 160 MiB heap has room for bursts; the serial collector has the smallest
# footprint and, with two cores, pauses of a few milliseconds; metaspace, code cache and thread
# stacks are capped too (BENCHMARKS.md: RSS after 100,000 events). The container limit
# (manifests/kubernetes) leaves room above the heap for those. The class archive made above
# and the SQLite library taken out of the jar speed up start-up. So do the Tier4 thresholds,
# five times the JDK's: at start-up the C2 compiler used more CPU than the main thread, on code
# that runs only then (the JDK generating lambda and proxy classes, setting up Jdbi), taking the
# second core from it; under load a request's own methods still reach C2 within seconds.
ENV JAVA_TOOL_OPTIONS="-Dfile.encoding=UTF-8 -Djava.awt.headless=true -Xms64m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:Tier4InvocationThreshold=25000 -XX:Tier4MinInvocationThreshold=3000 -XX:Tier4CompileThreshold=75000 -XX:Tier4BackEdgeThreshold=200000 -Xss512k -XX:MaxDirectMemorySize=32m -XX:SharedArchiveFile=/app/scribe.jsa -Dorg.sqlite.lib.path=/app/lib" \
    PORT=3000 \
    DATABASE_URL=jdbc:sqlite:/data/scribe.db

# The SQLite database lives here; mount a volume so it outlives the container.
VOLUME /data
EXPOSE 3000

USER 10001:10001

# The JRE image has neither curl nor wget: a small class in the jar GETs /health and exits 0 or 1.
# A small heap and the C1 compiler keep this short-lived JVM cheap. Shell form, so ${PORT}
# follows the container's setting.
HEALTHCHECK --interval=30s --timeout=10s --start-period=40s --retries=3 \
  CMD java -Xmx32m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp /app/scribe.jar \
      dev.scribe.cli.HealthCheck "http://127.0.0.1:${PORT}/health"

ENTRYPOINT ["java", "-jar", "/app/scribe.jar"]
CMD ["serve"]
