# Build once, run the api or the worker from the same image (docker-compose.yml chooses the command).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/libs/db/migrations ./libs/db/migrations
COPY --from=build /app/libs/moderation/models ./libs/moderation/models
COPY --from=build /app/apps/widget/dist ./apps/widget/dist
COPY --from=build /app/apps/dashboard/dist ./apps/dashboard/dist
COPY package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
