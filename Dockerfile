# The bot as a container image, started the fast way Spring Boot documents: the executable jar is
# extracted (-Djarmode=tools) and a class data sharing archive is written by a training run.
#   ./mvnw package -DskipTests && docker build -t samverkansbot .
# Configure it with environment variables (README, "Deploy"); it needs PostgreSQL in production.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/samverkansbot.jar /tmp/samverkansbot.jar
RUN java -Djarmode=tools -jar /tmp/samverkansbot.jar extract --destination /app \
    && rm /tmp/samverkansbot.jar
# Training run: the dev profile on a throwaway H2 database, stopped once the context has started
# (no network, no credentials); it records the classes a start loads.
RUN java -XX:ArchiveClassesAtExit=/app/samverkansbot.jsa -Dspring.context.exit=onRefresh \
        -jar /app/samverkansbot.jar --spring.profiles.active=dev --samverkansbot.data-dir=/tmp/training \
    && rm -rf /tmp/training
RUN useradd --system --no-create-home samverkansbot
USER samverkansbot
# 3978: /api/messages behind the platform's HTTPS; 8081: health probes and metrics, inside only.
EXPOSE 3978 8081
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/samverkansbot.jsa", "-jar", "/app/samverkansbot.jar"]
