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
 && java -jar target/kzbot.jar ingest --sources data/sources --db data/kzbot.db

# Runtime stage: a JRE only, a non-root user, the database and models baked in.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app kzbot
WORKDIR /app
COPY --from=build /src/target/kzbot.jar /app/kzbot.jar
COPY --from=build /src/data/kzbot.db /app/data/kzbot.db
COPY --from=build /src/data/sources /app/data/sources
COPY --from=build /src/models /app/models
RUN chown -R kzbot /app
USER kzbot
ENV KZBOT_HOME=/app
# TELEGRAM_BOT_TOKEN (and any other secret) comes from the environment at run time: docker run -e ...
# the bot and the API run for long: the optimising compiler pays back (see README, Measured figures)
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xmx128m", "-jar", "/app/kzbot.jar"]
