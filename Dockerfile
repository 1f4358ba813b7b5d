# The one executable. Build the jar first: ./mvnw -DskipTests package
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app commerce
WORKDIR /app
COPY app/target/commerce.jar /app/commerce.jar
USER commerce
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/commerce.jar"]
