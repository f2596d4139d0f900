# syntax=docker/dockerfile:1
# Build stage: compile, test-free package, build the database and keep the trained models.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY data data
COPY models models
RUN mvn -B -q -DskipTests package \
 && java -jar target/kzbot.jar ingest --quiet --sources data/sources --db data/kzbot.db

# Runtime stage: a JRE only, a non-root user, the database, the articles, the training data and the
# models baked in (owned by that user as they are copied: no second layer of the same files).
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app kzbot && mkdir -p /app && chown kzbot /app
WORKDIR /app
COPY --from=build --chown=kzbot /src/target/kzbot.jar /app/kzbot.jar
COPY --from=build --chown=kzbot /src/data/kzbot.db /app/data/kzbot.db
COPY --from=build --chown=kzbot /src/data/sources /app/data/sources
COPY --from=build --chown=kzbot /src/data/nlu /app/data/nlu
COPY --from=build --chown=kzbot /src/models /app/models
USER kzbot
ENV KZBOT_HOME=/app
# the bot also serves the API (and /healthz) on the container's loopback, so the health check
# below works for `bot` and for `serve` alike; publish it with KZBOT_HTTP_BIND=0.0.0.0 -p 8080:8080
ENV KZBOT_HTTP_PORT=8080
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", "/app/kzbot.jar", "health"]
# TELEGRAM_BOT_TOKEN (and any other secret) comes from the environment at run time: docker run -e ...
# the bot and the API run for long: the optimising compiler pays back (see README, Measured figures)
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx128m", "-jar", "/app/kzbot.jar"]
