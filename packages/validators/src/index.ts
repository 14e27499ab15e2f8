// Entry point of @ai-gateway/validators; its API is generated from the specs in spec/.
export {};
