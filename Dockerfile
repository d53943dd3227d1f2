# The ledger as an image, from the jar that `./mvnw -DskipTests package` builds (app/target/budget-ledger.jar).
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /opt/ledger ledger
WORKDIR /opt/ledger
COPY app/target/budget-ledger.jar budget-ledger.jar
USER ledger
# The product never phones home (Axon's update checker reads this before it starts).
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "budget-ledger.jar"]
